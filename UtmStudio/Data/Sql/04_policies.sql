-- Row-level security: the second, independent check of "nobody sees or changes anything of a domain they
-- are not a member of" (docs/adr/0004-tenant-isolation-row-level-security.md). The services check the same
-- rules in C#; each catches the other's mistakes. Every policy is created again from this file, so this file
-- is the whole truth about them.

DO $$
DECLARE
    p record;
BEGIN
    FOR p IN SELECT policyname, tablename FROM pg_catalog.pg_policies WHERE schemaname = 'public' LOOP
        EXECUTE format('DROP POLICY %I ON public.%I', p.policyname, p.tablename);
    END LOOP;
END $$;

-- Standard tenant tables: every row carries domain_id, and the members of that domain read and write it
-- (an API-key session: its one domain). To add a tenant table, add it here and to 05_privileges.sql.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['campaigns', 'links', 'link_templates'] LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON public.%I USING (domain_id IN (SELECT public.app_member_domain_ids())) '
                       'WITH CHECK (domain_id IN (SELECT public.app_member_domain_ids()))', t || '_member', t);
    END LOOP;
END $$;

-- The tables below have their own rules.
ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.users FORCE ROW LEVEL SECURITY;
ALTER TABLE public.domains ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.domains FORCE ROW LEVEL SECURITY;
ALTER TABLE public.teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.teams FORCE ROW LEVEL SECURITY;
ALTER TABLE public.invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.invitations FORCE ROW LEVEL SECURITY;
ALTER TABLE public.access_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.access_requests FORCE ROW LEVEL SECURITY;
ALTER TABLE public.audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.audit_log FORCE ROW LEVEL SECURITY;

-- Clicks and their rollups: members of the domain read them; only the click writer (a job) writes them. The
-- operator check is a scalar subquery, so PostgreSQL evaluates it once per statement instead of once per row
-- (the writer stores thousands of rows per statement; a function with SET search_path is never inlined).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['clicks', 'click_series', 'click_breakdowns', 'click_breakdowns_monthly', 'click_visitors'] LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON public.%I FOR SELECT USING (domain_id IN (SELECT public.app_member_domain_ids()) '
                       'OR (SELECT public.app_is_operator()))', t || '_select', t);
        EXECUTE format('CREATE POLICY %I ON public.%I FOR INSERT WITH CHECK ((SELECT public.app_is_operator()))', t || '_insert', t);
        EXECUTE format('CREATE POLICY %I ON public.%I FOR UPDATE USING ((SELECT public.app_is_operator())) '
                       'WITH CHECK ((SELECT public.app_is_operator()))', t || '_update', t);
        EXECUTE format('CREATE POLICY %I ON public.%I FOR DELETE USING ((SELECT public.app_is_operator()))', t || '_delete', t);
    END LOOP;
END $$;

-- How far each month's breakdowns are summed: no tenant data, every reader needs it to know where to read; jobs write.
ALTER TABLE public.click_breakdown_months ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.click_breakdown_months FORCE ROW LEVEL SECURITY;
CREATE POLICY click_breakdown_months_select ON public.click_breakdown_months FOR SELECT USING (true);
CREATE POLICY click_breakdown_months_insert ON public.click_breakdown_months FOR INSERT WITH CHECK ((SELECT public.app_is_operator()));
CREATE POLICY click_breakdown_months_update ON public.click_breakdown_months FOR UPDATE
    USING ((SELECT public.app_is_operator())) WITH CHECK ((SELECT public.app_is_operator()));

-- The day's visitor-hash keys and the retired short codes: no policy, so the app role sees no row; only the
-- SECURITY DEFINER functions and triggers of 02/03 read and write them.
ALTER TABLE public.visitor_salts ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.visitor_salts FORCE ROW LEVEL SECURITY;
ALTER TABLE public.retired_short_codes ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.retired_short_codes FORCE ROW LEVEL SECURITY;

-- users: people see themselves and the people they work with (app_visible_user_ids), not every account.
-- Nobody writes users directly: sign-in (app_sign_in), the sign-up domain functions and the teams trigger do.
CREATE POLICY users_select ON public.users FOR SELECT
    USING (id IN (SELECT public.app_visible_user_ids()) OR public.app_is_operator());

-- domains: members, its creator (reading back the row just created), people invited or asking to join.
CREATE POLICY domains_select ON public.domains FOR SELECT USING (
    id IN (SELECT public.app_member_domain_ids()) OR manager_id = public.app_current_user_id()
    OR id IN (SELECT public.app_invited_domain_ids()) OR id IN (SELECT public.app_requested_domain_ids())
    OR public.app_is_operator());
CREATE POLICY domains_insert ON public.domains FOR INSERT
    WITH CHECK (manager_id = public.app_current_user_id() AND public.app_current_api_key_id() IS NULL);
CREATE POLICY domains_update ON public.domains FOR UPDATE
    USING (id IN (SELECT public.app_managed_domain_ids()) OR public.app_is_operator())
    WITH CHECK (id IN (SELECT public.app_managed_domain_ids()) OR public.app_is_operator());
CREATE POLICY domains_delete ON public.domains FOR DELETE
    USING (id IN (SELECT public.app_managed_domain_ids()) AND public.app_current_api_key_id() IS NULL);

-- teams (memberships): everyone sees their own memberships and their domains' teams. Managers add, change
-- and remove; a person adds themselves only to a domain they just created or are invited to; operators
-- reassign domains.
CREATE POLICY teams_select ON public.teams FOR SELECT USING (
    user_id = public.app_current_user_id() OR domain_id IN (SELECT public.app_member_domain_ids()) OR public.app_is_operator());
CREATE POLICY teams_insert ON public.teams FOR INSERT WITH CHECK (
    domain_id IN (SELECT public.app_managed_domain_ids())
    OR (user_id = public.app_current_user_id()
        AND domain_id IN (SELECT d.id FROM public.domains d WHERE d.manager_id = public.app_current_user_id()))
    OR (user_id = public.app_current_user_id() AND public.app_can_join_by_invitation(domain_id, role))
    OR public.app_is_operator());
CREATE POLICY teams_update ON public.teams FOR UPDATE
    USING (domain_id IN (SELECT public.app_managed_domain_ids()) OR public.app_is_operator())
    WITH CHECK (domain_id IN (SELECT public.app_managed_domain_ids()) OR public.app_is_operator());
CREATE POLICY teams_delete ON public.teams FOR DELETE USING (
    domain_id IN (SELECT public.app_managed_domain_ids()) OR user_id = public.app_current_user_id() OR public.app_is_operator());

-- invitations: managers of the domain, and the invited person (by their signed-in email). What each may
-- change is narrowed by invitations_guard_update.
CREATE POLICY invitations_select ON public.invitations FOR SELECT
    USING (domain_id IN (SELECT public.app_managed_domain_ids()) OR email = public.app_current_user_email());
CREATE POLICY invitations_insert ON public.invitations FOR INSERT
    WITH CHECK (domain_id IN (SELECT public.app_managed_domain_ids()));
CREATE POLICY invitations_update ON public.invitations FOR UPDATE
    USING (domain_id IN (SELECT public.app_managed_domain_ids()) OR email = public.app_current_user_email())
    WITH CHECK (domain_id IN (SELECT public.app_managed_domain_ids()) OR email = public.app_current_user_email());
CREATE POLICY invitations_delete ON public.invitations FOR DELETE
    USING (domain_id IN (SELECT public.app_managed_domain_ids()));

-- access_requests: the requester (their own) and the domain's managers. Requesters only ask and withdraw
-- (access_requests_guard); managers answer.
CREATE POLICY access_requests_select ON public.access_requests FOR SELECT
    USING (user_id = public.app_current_user_id() OR domain_id IN (SELECT public.app_managed_domain_ids()));
CREATE POLICY access_requests_insert ON public.access_requests FOR INSERT
    WITH CHECK (user_id = public.app_current_user_id() AND status = 'pending' AND public.app_current_api_key_id() IS NULL);
CREATE POLICY access_requests_update ON public.access_requests FOR UPDATE
    USING (user_id = public.app_current_user_id() OR domain_id IN (SELECT public.app_managed_domain_ids()))
    WITH CHECK (user_id = public.app_current_user_id() OR domain_id IN (SELECT public.app_managed_domain_ids()));
CREATE POLICY access_requests_delete ON public.access_requests FOR DELETE
    USING (domain_id IN (SELECT public.app_managed_domain_ids()));

-- audit_log: managers read their domain's log, operators every log; every member reads the campaign and link
-- entries (a campaign page lists its activity, a link its history, for the whole team). It is written by app_record_audit only.
CREATE POLICY audit_log_select ON public.audit_log FOR SELECT
    USING (domain_id IN (SELECT public.app_managed_domain_ids()) OR public.app_is_operator()
           OR ((action LIKE 'campaign.%' OR action LIKE 'link.%') AND domain_id IN (SELECT public.app_member_domain_ids())));

-- api_keys: the managers of the domain, signed in as themselves (a key never sees or makes keys), list, create
-- and revoke them; a key reads its own row (the profile). Nobody reads key_hash (05_privileges.sql), and only
-- app_authenticate_api_key looks a key up by its secret. No delete: revoked keys stay for the audit trail.
ALTER TABLE public.api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.api_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY api_keys_select ON public.api_keys FOR SELECT USING (
    (domain_id IN (SELECT public.app_managed_domain_ids()) AND public.app_current_api_key_id() IS NULL)
    OR id = public.app_current_api_key_id());
CREATE POLICY api_keys_insert ON public.api_keys FOR INSERT WITH CHECK (
    domain_id IN (SELECT public.app_managed_domain_ids()) AND public.app_current_api_key_id() IS NULL
    AND created_by = public.app_current_user_id());
CREATE POLICY api_keys_update ON public.api_keys FOR UPDATE
    USING (domain_id IN (SELECT public.app_managed_domain_ids()) AND public.app_current_api_key_id() IS NULL)
    WITH CHECK (domain_id IN (SELECT public.app_managed_domain_ids()) AND public.app_current_api_key_id() IS NULL);

-- api_idempotency: each API key its own stored answers, nobody else's (not even a manager's session).
ALTER TABLE public.api_idempotency ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.api_idempotency FORCE ROW LEVEL SECURITY;
CREATE POLICY api_idempotency_own ON public.api_idempotency
    USING (api_key_id = public.app_current_api_key_id()) WITH CHECK (api_key_id = public.app_current_api_key_id());
