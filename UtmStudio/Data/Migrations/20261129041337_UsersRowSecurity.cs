using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <summary>
    /// Row-level security on users too: people see themselves, the members of their domains, those asking
    /// to join a domain they manage, whoever invited them and whoever appears in an audit log they read —
    /// not every account of every tenant. Writes to other people's rows go through narrow SECURITY DEFINER
    /// functions: sign-in (there is no current user yet), looking up an account by email to add it to a
    /// team, and setting or releasing someone's sign-up domain.
    /// </summary>
    public partial class UsersRowSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION app_visible_user_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
                    SELECT app_current_user_id()
                    UNION SELECT user_id FROM teams WHERE domain_id IN (SELECT domain_id FROM teams WHERE user_id = app_current_user_id())
                    UNION SELECT user_id FROM access_requests
                          WHERE domain_id IN (SELECT domain_id FROM teams WHERE user_id = app_current_user_id() AND role = 'manager')
                    UNION SELECT invited_by FROM invitations
                          WHERE email = (SELECT email FROM users WHERE id = app_current_user_id())
                    UNION SELECT actor_user_id FROM audit_log
                          WHERE actor_user_id IS NOT NULL
                            AND domain_id IN (SELECT domain_id FROM teams WHERE user_id = app_current_user_id() AND role = 'manager')
                $$;

                ALTER TABLE users ENABLE ROW LEVEL SECURITY;
                ALTER TABLE users FORCE ROW LEVEL SECURITY;
                CREATE POLICY users_select ON users FOR SELECT USING (id IN (SELECT app_visible_user_ids()) OR app_is_operator());
                CREATE POLICY users_update_self ON users FOR UPDATE
                    USING (id = app_current_user_id()) WITH CHECK (id = app_current_user_id());

                -- Sign-in: create or update the user keyed by issuer + subject. NULL when the email belongs to
                -- another account (users.email is unique and is never merged).
                CREATE FUNCTION app_sign_in(p_issuer text, p_subject text, p_email text, p_display_name text)
                    RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
                DECLARE
                    found uuid;
                BEGIN
                    SELECT id INTO found FROM users WHERE identity_issuer = p_issuer AND identity_subject = p_subject;
                    IF EXISTS (SELECT 1 FROM users WHERE email = p_email AND id IS DISTINCT FROM found) THEN
                        RETURN NULL;
                    END IF;
                    IF found IS NULL THEN
                        INSERT INTO users (email, role, identity_issuer, identity_subject, display_name)
                        VALUES (p_email, 'team_member', p_issuer, p_subject, p_display_name)
                        ON CONFLICT (identity_issuer, identity_subject) DO NOTHING
                        RETURNING id INTO found;
                        IF found IS NULL THEN -- the same person's other sign-in won the race
                            SELECT id INTO found FROM users WHERE identity_issuer = p_issuer AND identity_subject = p_subject;
                        END IF;
                    ELSE
                        UPDATE users SET email = p_email, display_name = coalesce(p_display_name, display_name) WHERE id = found;
                    END IF;
                    RETURN found;
                EXCEPTION WHEN unique_violation THEN
                    RETURN NULL;
                END $$;

                -- A manager adding a person by email: only managers learn whether an account exists.
                CREATE FUNCTION app_user_id_by_email(p_email text) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
                    AS $$ SELECT id FROM users WHERE email = p_email AND EXISTS (SELECT 1 FROM app_managed_domain_ids()) $$;

                -- Rule 3: the first domain someone creates, is invited to or is approved for. Only for a member of
                -- that domain, by themselves or by one of its managers.
                CREATE FUNCTION app_claim_signup_domain(p_user uuid, p_domain uuid) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public
                    AS $$ UPDATE users SET signup_domain_id = p_domain
                          WHERE id = p_user AND signup_domain_id IS NULL
                            AND EXISTS (SELECT 1 FROM teams WHERE domain_id = p_domain AND user_id = p_user)
                            AND (p_user = app_current_user_id() OR p_domain IN (SELECT app_managed_domain_ids())) $$;

                -- Someone removed from their sign-up domain no longer pins it (they sign up again).
                CREATE FUNCTION app_release_signup_domain(p_user uuid, p_domain uuid) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public
                    AS $$ UPDATE users SET signup_domain_id = NULL
                          WHERE id = p_user AND signup_domain_id = p_domain
                            AND NOT EXISTS (SELECT 1 FROM teams WHERE domain_id = p_domain AND user_id = p_user)
                            AND p_domain IN (SELECT app_managed_domain_ids()) $$;

                -- Rule 4: how many people signed up with a domain, for its members.
                CREATE FUNCTION app_signup_user_count(p_domain uuid) RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
                    AS $$ SELECT count(*)::integer FROM users
                          WHERE signup_domain_id = p_domain AND p_domain IN (SELECT app_member_domain_ids()) $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY IF EXISTS users_select ON users;
                DROP POLICY IF EXISTS users_update_self ON users;
                ALTER TABLE users NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE users DISABLE ROW LEVEL SECURITY;
                DROP FUNCTION IF EXISTS app_signup_user_count(uuid);
                DROP FUNCTION IF EXISTS app_release_signup_domain(uuid, uuid);
                DROP FUNCTION IF EXISTS app_claim_signup_domain(uuid, uuid);
                DROP FUNCTION IF EXISTS app_user_id_by_email(text);
                DROP FUNCTION IF EXISTS app_sign_in(text, text, text, text);
                DROP FUNCTION IF EXISTS app_visible_user_ids();
                """);
        }
    }
}
