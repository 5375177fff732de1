using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <inheritdoc />
    public partial class TenancyAndTeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "signup_domain_id",
                table: "users",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "domain_id",
                table: "links",
                type: "uuid",
                nullable: false);

            migrationBuilder.AddColumn<short>(
                name: "default_redirect_type",
                table: "domains",
                type: "smallint",
                nullable: false,
                defaultValue: (short)302);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "trial_ends_at",
                table: "domains",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddUniqueConstraint(
                name: "ak_campaigns_id_domain_id",
                table: "campaigns",
                columns: new[] { "id", "domain_id" });

            migrationBuilder.CreateTable(
                name: "access_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "uuid_generate_v4()"),
                    domain_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_requests", x => x.id);
                    table.CheckConstraint("access_requests_status_check", "status IN ('pending', 'approved', 'declined')");
                    table.ForeignKey(
                        name: "fk_access_requests_domains_domain_id",
                        column: x => x.domain_id,
                        principalTable: "domains",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_access_requests_users_decided_by",
                        column: x => x.decided_by,
                        principalTable: "users",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_access_requests_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "uuid_generate_v4()"),
                    domain_id = table.Column<Guid>(type: "uuid", nullable: false),
                    domain_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    actor_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    details = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "CURRENT_TIMESTAMP")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                    table.ForeignKey(
                        name: "fk_audit_log_users_actor_user_id",
                        column: x => x.actor_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "uuid_generate_v4()"),
                    domain_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    invited_by = table.Column<Guid>(type: "uuid", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invitations", x => x.id);
                    table.CheckConstraint("invitations_role_check", "role IN ('team_member', 'manager')");
                    table.ForeignKey(
                        name: "fk_invitations_domains_domain_id",
                        column: x => x.domain_id,
                        principalTable: "domains",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_invitations_users_accepted_by",
                        column: x => x.accepted_by,
                        principalTable: "users",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_invitations_users_invited_by",
                        column: x => x.invited_by,
                        principalTable: "users",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "ix_users_signup_domain_id",
                table: "users",
                column: "signup_domain_id");

            migrationBuilder.CreateIndex(
                name: "ix_links_campaign_id_domain_id",
                table: "links",
                columns: new[] { "campaign_id", "domain_id" });

            migrationBuilder.CreateIndex(
                name: "ix_links_domain_id",
                table: "links",
                column: "domain_id");

            migrationBuilder.AddCheckConstraint(
                name: "domains_default_redirect_type_check",
                table: "domains",
                sql: "default_redirect_type IN (301, 302, 307, 308)");

            migrationBuilder.CreateIndex(
                name: "ix_access_requests_decided_by",
                table: "access_requests",
                column: "decided_by");

            migrationBuilder.CreateIndex(
                name: "ix_access_requests_user_id",
                table: "access_requests",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ux_access_requests_pending",
                table: "access_requests",
                columns: new[] { "domain_id", "user_id" },
                unique: true,
                filter: "status = 'pending'");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_actor_user_id",
                table: "audit_log",
                column: "actor_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_domain_time",
                table: "audit_log",
                columns: new[] { "domain_id", "created_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_invitations_accepted_by",
                table: "invitations",
                column: "accepted_by");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_email",
                table: "invitations",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_invited_by",
                table: "invitations",
                column: "invited_by");

            migrationBuilder.CreateIndex(
                name: "ux_invitations_open_per_email",
                table: "invitations",
                columns: new[] { "domain_id", "email" },
                unique: true,
                filter: "accepted_at IS NULL AND revoked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_invitations_token",
                table: "invitations",
                column: "token",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_links_campaigns_campaign_domain",
                table: "links",
                columns: new[] { "campaign_id", "domain_id" },
                principalTable: "campaigns",
                principalColumns: new[] { "id", "domain_id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_users_domains_signup_domain_id",
                table: "users",
                column: "signup_domain_id",
                principalTable: "domains",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            foreach (var table in new[] { "invitations", "access_requests" })
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_set_updated_at BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION set_updated_at();");
            }

            migrationBuilder.Sql(RowLevelSecurity);
        }

        /// <summary>
        /// Row-level security: the second, independent check of "nobody sees or changes anything of a domain
        /// they are not a member of". The services check the same rules in C#; each catches the other's mistakes.
        /// The current user comes from the session setting app.user_id (see TenantSessionInterceptor).
        /// The helper functions are SECURITY DEFINER so policies can read teams without recursing into
        /// teams' own policy; that needs the owner role to have BYPASSRLS.
        /// </summary>
        private const string RowLevelSecurity = """
            DO $$
            BEGIN
                IF NOT (SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
                    RAISE EXCEPTION 'The migration role % needs BYPASSRLS (ALTER ROLE % BYPASSRLS, as a superuser): see docs/operations.md', current_user, current_user;
                END IF;
            END $$;

            CREATE FUNCTION app_current_user_id() RETURNS uuid LANGUAGE sql STABLE
                AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

            CREATE FUNCTION app_is_operator() RETURNS boolean LANGUAGE sql STABLE
                AS $$ SELECT coalesce(current_setting('app.operator', true), '') = 'on' $$;

            CREATE FUNCTION app_current_user_email() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
                AS $$ SELECT email FROM users WHERE id = app_current_user_id() $$;

            CREATE FUNCTION app_member_domain_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
                AS $$ SELECT domain_id FROM teams WHERE user_id = app_current_user_id() $$;

            CREATE FUNCTION app_managed_domain_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
                AS $$ SELECT domain_id FROM teams WHERE user_id = app_current_user_id() AND role = 'manager' $$;

            CREATE FUNCTION app_invited_domain_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
                AS $$ SELECT domain_id FROM invitations
                      WHERE email = app_current_user_email() AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now() $$;

            CREATE FUNCTION app_requested_domain_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
                AS $$ SELECT domain_id FROM access_requests WHERE user_id = app_current_user_id() $$;

            -- Rule 3: whether a domain name is taken, without seeing the domain.
            CREATE FUNCTION app_domain_id_by_name(name text) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
                AS $$ SELECT id FROM domains WHERE domain_name = name $$;

            -- An invited person may add themselves, with the invited role only.
            CREATE FUNCTION app_can_join_by_invitation(target_domain uuid, target_role text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
                AS $$ SELECT EXISTS (SELECT 1 FROM invitations
                      WHERE domain_id = target_domain AND role = target_role AND email = app_current_user_email()
                        AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()) $$;

            -- Explains an invitation link opened by another account: only whoever holds the token learns its email.
            CREATE FUNCTION app_invitation_email(invitation_token text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
                AS $$ SELECT email FROM invitations WHERE token = invitation_token $$;

            -- Team invariants, whatever writes teams: a domain keeps at least one manager, domains.manager_id
            -- names a current manager, and users.role says whether the user manages any domain.
            CREATE FUNCTION teams_keep_invariants() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
                changed_user uuid;
                changed_domain uuid;
            BEGIN
                FOREACH changed_user IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.user_id END,
                                                    CASE WHEN TG_OP <> 'DELETE' THEN NEW.user_id END] LOOP
                    CONTINUE WHEN changed_user IS NULL;
                    UPDATE users SET role = CASE WHEN EXISTS (SELECT 1 FROM teams WHERE user_id = changed_user AND role = 'manager')
                                                 THEN 'manager' ELSE 'team_member' END
                    WHERE id = changed_user;
                END LOOP;

                IF TG_OP <> 'INSERT' THEN
                    changed_domain := OLD.domain_id;
                    -- A domain being deleted takes its team with it: nothing to keep.
                    IF EXISTS (SELECT 1 FROM domains WHERE id = changed_domain) THEN
                        IF NOT EXISTS (SELECT 1 FROM teams WHERE domain_id = changed_domain AND role = 'manager') THEN
                            RAISE EXCEPTION 'A domain must keep at least one manager' USING ERRCODE = 'UT001';
                        END IF;
                        UPDATE domains SET manager_id = (SELECT user_id FROM teams WHERE domain_id = changed_domain AND role = 'manager'
                                                         ORDER BY created_at, user_id LIMIT 1)
                        WHERE id = changed_domain
                          AND manager_id NOT IN (SELECT user_id FROM teams WHERE domain_id = changed_domain AND role = 'manager');
                    END IF;
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER teams_keep_invariants AFTER INSERT OR UPDATE OR DELETE ON teams
                FOR EACH ROW EXECUTE FUNCTION teams_keep_invariants();

            ALTER TABLE domains ENABLE ROW LEVEL SECURITY;
            ALTER TABLE domains FORCE ROW LEVEL SECURITY;
            CREATE POLICY domains_select ON domains FOR SELECT USING (
                id IN (SELECT app_member_domain_ids()) OR manager_id = app_current_user_id()
                OR id IN (SELECT app_invited_domain_ids()) OR id IN (SELECT app_requested_domain_ids()) OR app_is_operator());
            CREATE POLICY domains_insert ON domains FOR INSERT WITH CHECK (manager_id = app_current_user_id());
            CREATE POLICY domains_update ON domains FOR UPDATE
                USING (id IN (SELECT app_managed_domain_ids()) OR app_is_operator())
                WITH CHECK (id IN (SELECT app_managed_domain_ids()) OR app_is_operator());
            CREATE POLICY domains_delete ON domains FOR DELETE USING (id IN (SELECT app_managed_domain_ids()));

            ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
            ALTER TABLE teams FORCE ROW LEVEL SECURITY;
            -- Everyone sees their own memberships (also what INSERT ... RETURNING checks when joining a domain).
            CREATE POLICY teams_select ON teams FOR SELECT
                USING (user_id = app_current_user_id() OR domain_id IN (SELECT app_member_domain_ids()) OR app_is_operator());
            CREATE POLICY teams_insert ON teams FOR INSERT WITH CHECK (
                domain_id IN (SELECT app_managed_domain_ids())
                OR (user_id = app_current_user_id() AND domain_id IN (SELECT id FROM domains WHERE manager_id = app_current_user_id()))
                OR (user_id = app_current_user_id() AND app_can_join_by_invitation(domain_id, role)));
            CREATE POLICY teams_update ON teams FOR UPDATE
                USING (domain_id IN (SELECT app_managed_domain_ids())) WITH CHECK (domain_id IN (SELECT app_managed_domain_ids()));
            CREATE POLICY teams_delete ON teams FOR DELETE
                USING (domain_id IN (SELECT app_managed_domain_ids()) OR user_id = app_current_user_id());

            ALTER TABLE campaigns ENABLE ROW LEVEL SECURITY;
            ALTER TABLE campaigns FORCE ROW LEVEL SECURITY;
            CREATE POLICY campaigns_member ON campaigns
                USING (domain_id IN (SELECT app_member_domain_ids())) WITH CHECK (domain_id IN (SELECT app_member_domain_ids()));

            ALTER TABLE links ENABLE ROW LEVEL SECURITY;
            ALTER TABLE links FORCE ROW LEVEL SECURITY;
            CREATE POLICY links_member ON links
                USING (domain_id IN (SELECT app_member_domain_ids())) WITH CHECK (domain_id IN (SELECT app_member_domain_ids()));

            ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
            ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
            CREATE POLICY invitations_select ON invitations FOR SELECT
                USING (domain_id IN (SELECT app_managed_domain_ids()) OR email = app_current_user_email());
            CREATE POLICY invitations_insert ON invitations FOR INSERT WITH CHECK (domain_id IN (SELECT app_managed_domain_ids()));
            CREATE POLICY invitations_update ON invitations FOR UPDATE
                USING (domain_id IN (SELECT app_managed_domain_ids()) OR email = app_current_user_email())
                WITH CHECK (domain_id IN (SELECT app_managed_domain_ids()) OR email = app_current_user_email());
            CREATE POLICY invitations_delete ON invitations FOR DELETE USING (domain_id IN (SELECT app_managed_domain_ids()));

            ALTER TABLE access_requests ENABLE ROW LEVEL SECURITY;
            ALTER TABLE access_requests FORCE ROW LEVEL SECURITY;
            CREATE POLICY access_requests_select ON access_requests FOR SELECT
                USING (user_id = app_current_user_id() OR domain_id IN (SELECT app_managed_domain_ids()));
            CREATE POLICY access_requests_insert ON access_requests FOR INSERT
                WITH CHECK (user_id = app_current_user_id() AND status = 'pending');
            CREATE POLICY access_requests_update ON access_requests FOR UPDATE
                USING (domain_id IN (SELECT app_managed_domain_ids())) WITH CHECK (domain_id IN (SELECT app_managed_domain_ids()));
            CREATE POLICY access_requests_delete ON access_requests FOR DELETE
                USING (user_id = app_current_user_id() OR domain_id IN (SELECT app_managed_domain_ids()));

            -- The audit log is append-only for the app: no UPDATE or DELETE policy exists. Rows are written
            -- without RETURNING (ids and times come from the app), because a requester may record an event
            -- in a domain they cannot read.
            ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
            ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
            CREATE POLICY audit_log_select ON audit_log FOR SELECT
                USING (domain_id IN (SELECT app_managed_domain_ids()) OR app_is_operator());
            CREATE POLICY audit_log_insert ON audit_log FOR INSERT
                WITH CHECK (actor_user_id IS NOT DISTINCT FROM app_current_user_id() OR app_is_operator());
            DO $$ BEGIN
                IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'utmstudio_app') THEN
                    REVOKE UPDATE, DELETE ON audit_log FROM utmstudio_app;
                END IF;
            END $$;
            """;


        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "domains", "teams", "campaigns", "links" })
            {
                migrationBuilder.Sql($"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY; ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;");
                migrationBuilder.Sql($"DROP POLICY IF EXISTS {table}_select ON {table}; DROP POLICY IF EXISTS {table}_insert ON {table}; " +
                    $"DROP POLICY IF EXISTS {table}_update ON {table}; DROP POLICY IF EXISTS {table}_delete ON {table}; " +
                    $"DROP POLICY IF EXISTS {table}_member ON {table};");
            }

            migrationBuilder.DropForeignKey(
                name: "fk_links_campaigns_campaign_domain",
                table: "links");

            migrationBuilder.DropForeignKey(
                name: "fk_users_domains_signup_domain_id",
                table: "users");

            migrationBuilder.DropTable(
                name: "access_requests");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "invitations");

            migrationBuilder.DropIndex(
                name: "ix_users_signup_domain_id",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_links_campaign_id_domain_id",
                table: "links");

            migrationBuilder.DropIndex(
                name: "ix_links_domain_id",
                table: "links");

            migrationBuilder.DropCheckConstraint(
                name: "domains_default_redirect_type_check",
                table: "domains");

            migrationBuilder.DropUniqueConstraint(
                name: "ak_campaigns_id_domain_id",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "signup_domain_id",
                table: "users");

            migrationBuilder.DropColumn(
                name: "domain_id",
                table: "links");

            migrationBuilder.DropColumn(
                name: "default_redirect_type",
                table: "domains");

            migrationBuilder.DropColumn(
                name: "trial_ends_at",
                table: "domains");

            migrationBuilder.Sql("""
                DROP FUNCTION IF EXISTS app_can_join_by_invitation(uuid, text); DROP FUNCTION IF EXISTS app_domain_id_by_name(text);
                DROP FUNCTION IF EXISTS app_requested_domain_ids(); DROP FUNCTION IF EXISTS app_invited_domain_ids();
                DROP FUNCTION IF EXISTS app_managed_domain_ids(); DROP FUNCTION IF EXISTS app_member_domain_ids();
                DROP FUNCTION IF EXISTS app_current_user_email(); DROP FUNCTION IF EXISTS app_is_operator();
                DROP FUNCTION IF EXISTS app_current_user_id(); DROP FUNCTION IF EXISTS app_invitation_email(text);
                DROP TRIGGER IF EXISTS teams_keep_invariants ON teams; DROP FUNCTION IF EXISTS teams_keep_invariants();
                """);
        }
    }
}
