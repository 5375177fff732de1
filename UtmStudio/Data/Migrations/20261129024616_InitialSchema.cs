using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        private static readonly string[] BriefTables = ["users", "domains", "teams", "campaigns", "links"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:uuid-ossp", ",,");

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "uuid_generate_v4()"),
                    email = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    identity_issuer = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    identity_subject = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    display_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                    table.CheckConstraint("users_role_check", "role IN ('team_member', 'manager')");
                });

            migrationBuilder.CreateTable(
                name: "domains",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "uuid_generate_v4()"),
                    domain_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    manager_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_domains", x => x.id);
                    table.CheckConstraint("domains_subscription_status_check", "subscription_status IN ('trial', 'active', 'inactive')");
                    table.ForeignKey(
                        name: "fk_domains_users_manager_id",
                        column: x => x.manager_id,
                        principalTable: "users",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "uuid_generate_v4()"),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    objective = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    targeting_criteria = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    domain_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.id);
                    table.CheckConstraint("campaigns_status_check", "status IN ('active', 'paused', 'completed')");
                    table.ForeignKey(
                        name: "fk_campaigns_domains_domain_id",
                        column: x => x.domain_id,
                        principalTable: "domains",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_campaigns_users_created_by",
                        column: x => x.created_by,
                        principalTable: "users",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "uuid_generate_v4()"),
                    domain_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teams", x => x.id);
                    table.CheckConstraint("teams_role_check", "role IN ('team_member', 'manager')");
                    table.ForeignKey(
                        name: "fk_teams_domains_domain_id",
                        column: x => x.domain_id,
                        principalTable: "domains",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_teams_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "uuid_generate_v4()"),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    utm_source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    utm_medium = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    utm_campaign = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    utm_content = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    utm_term = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    full_url = table.Column<string>(type: "text", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_links_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_links_users_created_by",
                        column: x => x.created_by,
                        principalTable: "users",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "idx_campaigns_created_by",
                table: "campaigns",
                column: "created_by");

            migrationBuilder.CreateIndex(
                name: "idx_campaigns_domain_id",
                table: "campaigns",
                column: "domain_id");

            migrationBuilder.CreateIndex(
                name: "idx_domains_manager_id",
                table: "domains",
                column: "manager_id");

            migrationBuilder.CreateIndex(
                name: "idx_links_campaign_id",
                table: "links",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "idx_links_created_by",
                table: "links",
                column: "created_by");

            migrationBuilder.CreateIndex(
                name: "idx_teams_domain_user",
                table: "teams",
                columns: new[] { "domain_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_teams_user_id",
                table: "teams",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "idx_users_email",
                table: "users",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "ux_users_identity",
                table: "users",
                columns: new[] { "identity_issuer", "identity_subject" },
                unique: true);

            // The brief's UNIQUE constraints, as real constraints (EF would only make unique indexes).
            migrationBuilder.Sql("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);");
            migrationBuilder.Sql("ALTER TABLE domains ADD CONSTRAINT domains_domain_name_key UNIQUE (domain_name);");
            migrationBuilder.Sql("ALTER TABLE teams ADD CONSTRAINT teams_domain_id_user_id_key UNIQUE (domain_id, user_id);");

            // updated_at is kept current by the database itself, whatever writes the row (EF, bulk SQL, psql).
            migrationBuilder.Sql("""
                CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.updated_at := CURRENT_TIMESTAMP;
                    RETURN NEW;
                END
                $$;
                """);
            foreach (var table in BriefTables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_set_updated_at BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION set_updated_at();");
            }

            // The application's login role is not the owner: it gets data rights only, now and for later tables.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'utmstudio_app') THEN
                        GRANT USAGE ON SCHEMA public TO utmstudio_app;
                        GRANT SELECT, INSERT, UPDATE, DELETE ON users, domains, teams, campaigns, links TO utmstudio_app;
                        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO utmstudio_app;
                        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO utmstudio_app;
                    ELSE
                        RAISE WARNING 'Role utmstudio_app does not exist: create it and grant its rights by hand as docs/operations.md shows';
                    END IF;
                END
                $$;
                """);
        }


        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in BriefTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_set_updated_at ON {table};");
            }

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS set_updated_at();");

            migrationBuilder.DropTable(
                name: "links");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "domains");

            migrationBuilder.DropTable(
                name: "users");
        }
    }
}
