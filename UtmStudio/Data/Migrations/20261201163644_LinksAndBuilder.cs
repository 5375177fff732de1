using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <inheritdoc />
    public partial class LinksAndBuilder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ga4_channel",
                table: "links",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "label",
                table: "links",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "landing_url",
                table: "links",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "short_code",
                table: "links",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValueSql: "substr(replace(gen_random_uuid()::text, '-', ''), 1, 12)");

            migrationBuilder.AddColumn<string[]>(
                name: "tags",
                table: "links",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "utm_creative_format",
                table: "links",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "utm_id",
                table: "links",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "utm_marketing_tactic",
                table: "links",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "utm_source_platform",
                table: "links",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "link_conventions",
                table: "domains",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'{}'::jsonb");

            migrationBuilder.CreateTable(
                name: "link_templates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "uuid_generate_v4()"),
                    domain_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    landing_url = table.Column<string>(type: "text", nullable: true),
                    utm_source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    utm_medium = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    utm_content = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    utm_term = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    utm_source_platform = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    utm_creative_format = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    utm_marketing_tactic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_link_templates", x => x.id);
                    table.CheckConstraint("link_templates_landing_url_length_check", "char_length(landing_url) <= 2048");
                    table.ForeignKey(
                        name: "fk_link_templates_domains_domain_id",
                        column: x => x.domain_id,
                        principalTable: "domains",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_link_templates_users_created_by",
                        column: x => x.created_by,
                        principalTable: "users",
                        principalColumn: "id");
                });

            // Links made before this migration: the landing page is the full URL before its query (their utm_* were
            // the only parameters the old rows had), the channel is worked out again by the app when the link is
            // next saved. Then the placeholders go, so every new row must say both.
            migrationBuilder.Sql("UPDATE links SET landing_url = split_part(split_part(full_url, '#', 1), '?', 1), ga4_channel = 'unassigned';");
            migrationBuilder.Sql("ALTER TABLE links ALTER COLUMN landing_url DROP DEFAULT, ALTER COLUMN ga4_channel DROP DEFAULT;");
            // Template names are unique in a domain ignoring case.
            migrationBuilder.Sql("CREATE UNIQUE INDEX ux_link_templates_domain_name ON link_templates (domain_id, lower(name));");

            migrationBuilder.CreateIndex(
                name: "idx_links_campaign_list",
                table: "links",
                columns: new[] { "campaign_id", "created_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "idx_links_domain_list",
                table: "links",
                columns: new[] { "domain_id", "created_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "idx_links_tags",
                table: "links",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ux_links_domain_full_url",
                table: "links",
                columns: new[] { "domain_id", "full_url" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_links_short_code",
                table: "links",
                column: "short_code",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "links_full_url_length_check",
                table: "links",
                sql: "char_length(full_url) <= 2048");

            migrationBuilder.AddCheckConstraint(
                name: "links_ga4_channel_check",
                table: "links",
                sql: "ga4_channel IN ('direct', 'cross_network', 'paid_shopping', 'paid_search', 'paid_social', 'paid_video', 'display', 'paid_other', 'organic_shopping', 'organic_social', 'organic_video', 'organic_search', 'referral', 'email', 'affiliates', 'audio', 'sms', 'mobile_push_notifications', 'unassigned')");

            migrationBuilder.AddCheckConstraint(
                name: "links_landing_url_length_check",
                table: "links",
                sql: "char_length(landing_url) <= 2048");

            migrationBuilder.AddCheckConstraint(
                name: "links_short_code_check",
                table: "links",
                sql: "short_code ~ '^[A-Za-z0-9]{7,16}$'");

            migrationBuilder.AddCheckConstraint(
                name: "links_tags_count_check",
                table: "links",
                sql: "cardinality(tags) <= 20");

            migrationBuilder.CreateIndex(
                name: "idx_link_templates_domain_id",
                table: "link_templates",
                column: "domain_id");

            migrationBuilder.CreateIndex(
                name: "ix_link_templates_created_by",
                table: "link_templates",
                column: "created_by");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ux_link_templates_domain_name;");
            migrationBuilder.DropTable(
                name: "link_templates");

            migrationBuilder.DropIndex(
                name: "idx_links_campaign_list",
                table: "links");

            migrationBuilder.DropIndex(
                name: "idx_links_domain_list",
                table: "links");

            migrationBuilder.DropIndex(
                name: "idx_links_tags",
                table: "links");

            migrationBuilder.DropIndex(
                name: "ux_links_domain_full_url",
                table: "links");

            migrationBuilder.DropIndex(
                name: "ux_links_short_code",
                table: "links");

            migrationBuilder.DropCheckConstraint(
                name: "links_full_url_length_check",
                table: "links");

            migrationBuilder.DropCheckConstraint(
                name: "links_ga4_channel_check",
                table: "links");

            migrationBuilder.DropCheckConstraint(
                name: "links_landing_url_length_check",
                table: "links");

            migrationBuilder.DropCheckConstraint(
                name: "links_short_code_check",
                table: "links");

            migrationBuilder.DropCheckConstraint(
                name: "links_tags_count_check",
                table: "links");

            migrationBuilder.DropColumn(
                name: "ga4_channel",
                table: "links");

            migrationBuilder.DropColumn(
                name: "label",
                table: "links");

            migrationBuilder.DropColumn(
                name: "landing_url",
                table: "links");

            migrationBuilder.DropColumn(
                name: "short_code",
                table: "links");

            migrationBuilder.DropColumn(
                name: "tags",
                table: "links");

            migrationBuilder.DropColumn(
                name: "utm_creative_format",
                table: "links");

            migrationBuilder.DropColumn(
                name: "utm_id",
                table: "links");

            migrationBuilder.DropColumn(
                name: "utm_marketing_tactic",
                table: "links");

            migrationBuilder.DropColumn(
                name: "utm_source_platform",
                table: "links");

            migrationBuilder.DropColumn(
                name: "link_conventions",
                table: "domains");
        }
    }
}
