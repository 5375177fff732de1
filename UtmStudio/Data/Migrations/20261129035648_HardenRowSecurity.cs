using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <summary>
    /// Closes gaps a review found in the second line of defence:
    /// - an invitee could rewrite their own invitation (domain, role, expiry) and then join any domain as
    ///   manager: now an invitee may only mark an open invitation accepted by themselves;
    /// - any manager could change their domain's subscription, or create a domain already active: only
    ///   operators (and the trial job) may;
    /// - two managers demoting each other at the same moment could leave a domain without one: the team
    ///   trigger now locks the domain row first;
    /// - a declined requester kept seeing the domain's row: only pending requests give that view;
    /// - the read-back widening of audit_log is not needed (audit rows are written without RETURNING).
    /// </summary>
    public partial class HardenRowSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                -- Roles that bypass row security (the owner for migrations and maintenance) are not app users.
                CREATE FUNCTION app_is_maintenance() RETURNS boolean LANGUAGE sql STABLE
                    AS $$ SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user $$;

                CREATE FUNCTION invitations_guard_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF app_is_maintenance() THEN
                        RETURN NEW;
                    END IF;
                    -- What an invitation is for never changes: a new one is made instead.
                    IF (NEW.id, NEW.domain_id, NEW.email, NEW.token, NEW.invited_by)
                       IS DISTINCT FROM (OLD.id, OLD.domain_id, OLD.email, OLD.token, OLD.invited_by) THEN
                        RAISE EXCEPTION 'An invitation''s domain, email and link cannot change' USING ERRCODE = '42501';
                    END IF;
                    IF OLD.domain_id IN (SELECT app_managed_domain_ids()) THEN
                        RETURN NEW;
                    END IF;
                    IF OLD.accepted_at IS NULL AND OLD.revoked_at IS NULL AND OLD.expires_at > now()
                       AND NEW.accepted_at IS NOT NULL AND NEW.accepted_by = app_current_user_id()
                       AND (NEW.id, NEW.domain_id, NEW.email, NEW.role, NEW.token, NEW.invited_by, NEW.expires_at,
                            NEW.last_sent_at, NEW.revoked_at, NEW.created_at)
                           IS NOT DISTINCT FROM
                           (OLD.id, OLD.domain_id, OLD.email, OLD.role, OLD.token, OLD.invited_by, OLD.expires_at,
                            OLD.last_sent_at, OLD.revoked_at, OLD.created_at) THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'Only managers of the domain may change an invitation' USING ERRCODE = '42501';
                END $$;
                CREATE TRIGGER invitations_guard_update BEFORE UPDATE ON invitations
                    FOR EACH ROW EXECUTE FUNCTION invitations_guard_update();

                CREATE FUNCTION domains_guard_subscription() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF app_is_maintenance() OR app_is_operator() THEN
                        RETURN NEW;
                    END IF;
                    IF TG_OP = 'INSERT' AND NEW.subscription_status <> 'trial' THEN
                        RAISE EXCEPTION 'A new domain starts as a trial' USING ERRCODE = '42501';
                    END IF;
                    IF TG_OP = 'UPDATE' AND (NEW.subscription_status, NEW.trial_ends_at)
                                            IS DISTINCT FROM (OLD.subscription_status, OLD.trial_ends_at) THEN
                        RAISE EXCEPTION 'Only operators change a subscription' USING ERRCODE = '42501';
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER domains_guard_subscription BEFORE INSERT OR UPDATE ON domains
                    FOR EACH ROW EXECUTE FUNCTION domains_guard_subscription();

                CREATE OR REPLACE FUNCTION app_requested_domain_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
                    AS $$ SELECT domain_id FROM access_requests WHERE user_id = app_current_user_id() AND status = 'pending' $$;

                DROP POLICY audit_log_select ON audit_log;
                CREATE POLICY audit_log_select ON audit_log FOR SELECT
                    USING (domain_id IN (SELECT app_managed_domain_ids()) OR app_is_operator());

                -- Nobody records events in the name of others, or in domains they have nothing to do with.
                DROP POLICY audit_log_insert ON audit_log;
                CREATE POLICY audit_log_insert ON audit_log FOR INSERT WITH CHECK (
                    app_is_operator()
                    OR (actor_user_id = app_current_user_id()
                        AND (domain_id IN (SELECT app_member_domain_ids())
                             OR domain_id IN (SELECT app_requested_domain_ids())
                             OR domain_id IN (SELECT app_invited_domain_ids()))));

                CREATE OR REPLACE FUNCTION teams_keep_invariants() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
                DECLARE
                    changed_user uuid;
                    changed_domain uuid;
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        -- Serialize team changes per domain: two managers demoting each other at once must not
                        -- both see the other one as the remaining manager.
                        PERFORM 1 FROM domains WHERE id = OLD.domain_id FOR UPDATE;
                    END IF;

                    FOREACH changed_user IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.user_id END,
                                                        CASE WHEN TG_OP <> 'DELETE' THEN NEW.user_id END] LOOP
                        CONTINUE WHEN changed_user IS NULL;
                        UPDATE users SET role = CASE WHEN EXISTS (SELECT 1 FROM teams WHERE user_id = changed_user AND role = 'manager')
                                                     THEN 'manager' ELSE 'team_member' END
                        WHERE id = changed_user;
                    END LOOP;

                    IF TG_OP <> 'INSERT' THEN
                        changed_domain := OLD.domain_id;
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
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS invitations_guard_update ON invitations;
                DROP FUNCTION IF EXISTS invitations_guard_update();
                DROP TRIGGER IF EXISTS domains_guard_subscription ON domains;
                DROP FUNCTION IF EXISTS domains_guard_subscription();
                DROP FUNCTION IF EXISTS app_is_maintenance();
                CREATE OR REPLACE FUNCTION app_requested_domain_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
                    AS $$ SELECT domain_id FROM access_requests WHERE user_id = app_current_user_id() $$;
                DROP POLICY audit_log_select ON audit_log;
                CREATE POLICY audit_log_select ON audit_log FOR SELECT USING (
                    actor_user_id = app_current_user_id() OR domain_id IN (SELECT app_managed_domain_ids()) OR app_is_operator());
                DROP POLICY audit_log_insert ON audit_log;
                CREATE POLICY audit_log_insert ON audit_log FOR INSERT
                    WITH CHECK (actor_user_id IS NOT DISTINCT FROM app_current_user_id() OR app_is_operator());
                """);
        }
    }
}
