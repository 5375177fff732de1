-- What the app role (utmstudio_app) may do at all, before row security even looks: data rights on the
-- tables it works with, nothing on the others, no temporary tables, no new objects.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'utmstudio_app') THEN
        RAISE WARNING 'Role utmstudio_app does not exist: create it, then migrate again (docs/operations.md)';
        RETURN;
    END IF;

    -- A temporary table would shadow the real ones in any function that resolves names through the
    -- caller's search_path. Only the database owner can revoke this; elsewhere operations.md says how.
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC, utmstudio_app', current_database());
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    GRANT USAGE ON SCHEMA public TO utmstudio_app;

    -- Start from nothing, then grant table by table: a new table is unreachable until it is listed here.
    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM utmstudio_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON public.domains, public.teams, public.campaigns, public.links, public.link_templates,
        public.invitations, public.access_requests TO utmstudio_app;
    -- users: read only; sign-in and narrow functions write it (a user who could write their own row could
    -- take another person's email, an operator's address, or pin themselves to someone's domain).
    GRANT SELECT ON public.users TO utmstudio_app;
    -- Clicks: the writer appends raw clicks (partitions are dropped whole by a function, never row by row),
    -- keeps the rollups and prunes yesterday's unique-visitor rows. Salts and retired codes: nothing.
    GRANT SELECT, INSERT ON public.clicks TO utmstudio_app;
    GRANT SELECT, INSERT, UPDATE ON public.click_series, public.click_breakdowns, public.click_breakdowns_monthly TO utmstudio_app;
    GRANT SELECT, INSERT, UPDATE ON public.click_breakdown_months TO utmstudio_app;
    GRANT SELECT, INSERT, DELETE ON public.click_visitors TO utmstudio_app;
    -- audit_log: read only; app_record_audit writes it, with the actor and time from the database.
    GRANT SELECT ON public.audit_log TO utmstudio_app;
    -- api_keys: every column but key_hash is readable; key_hash is written once, at creation, and only
    -- app_authenticate_api_key compares against it. After creation only the revocation changes.
    GRANT SELECT (id, domain_id, name, prefix, scopes, created_by, created_at, expires_at, last_used_at, revoked_at, revoked_by),
        INSERT (id, domain_id, name, prefix, key_hash, scopes, created_by, expires_at),
        UPDATE (revoked_at, revoked_by) ON public.api_keys TO utmstudio_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON public.api_idempotency TO utmstudio_app;
END $$;
