-- Invariants and guards that hold whatever writes the row: EF, raw SQL through the app role, or psql.
-- Guards let maintenance roles (the owner) through; operators and jobs where the comment says so.

-- updated_at is kept current by the database itself (docs/adr/0001-updated-at-trigger.md).
CREATE OR REPLACE FUNCTION public.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.updated_at := CURRENT_TIMESTAMP;
    RETURN NEW;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'domains', 'teams', 'campaigns', 'links', 'invitations', 'access_requests'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON public.%I', t || '_set_updated_at', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON public.%I FOR EACH ROW EXECUTE FUNCTION public.set_updated_at()',
                       t || '_set_updated_at', t);
    END LOOP;
END $$;

-- Rules 2 and 5: a domain keeps at least one manager, domains.manager_id names a current manager, and
-- users.role says whether the user manages any domain. Team changes are serialized per domain (the domain
-- row is locked first), so two managers demoting each other at once cannot both succeed.
CREATE OR REPLACE FUNCTION public.teams_keep_invariants() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    changed_user uuid;
    changed_domain uuid;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM 1 FROM public.domains d WHERE d.id = OLD.domain_id FOR UPDATE;
    END IF;
    FOREACH changed_user IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.user_id END,
                                        CASE WHEN TG_OP <> 'DELETE' THEN NEW.user_id END] LOOP
        CONTINUE WHEN changed_user IS NULL;
        UPDATE public.users SET role = CASE WHEN EXISTS (SELECT 1 FROM public.teams t WHERE t.user_id = changed_user AND t.role = 'manager')
                                            THEN 'manager' ELSE 'team_member' END
        WHERE id = changed_user;
    END LOOP;
    IF TG_OP <> 'INSERT' THEN
        changed_domain := OLD.domain_id;
        -- A domain being deleted takes its team with it: nothing to keep.
        IF EXISTS (SELECT 1 FROM public.domains d WHERE d.id = changed_domain) THEN
            IF NOT EXISTS (SELECT 1 FROM public.teams t WHERE t.domain_id = changed_domain AND t.role = 'manager') THEN
                RAISE EXCEPTION 'A domain must keep at least one manager' USING ERRCODE = 'UT001';
            END IF;
            UPDATE public.domains SET manager_id = (SELECT t.user_id FROM public.teams t WHERE t.domain_id = changed_domain AND t.role = 'manager'
                                                    ORDER BY t.created_at, t.user_id LIMIT 1)
            WHERE id = changed_domain
              AND manager_id NOT IN (SELECT t.user_id FROM public.teams t WHERE t.domain_id = changed_domain AND t.role = 'manager');
        END IF;
    END IF;
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS teams_keep_invariants ON public.teams;
CREATE TRIGGER teams_keep_invariants AFTER INSERT OR UPDATE OR DELETE ON public.teams
    FOR EACH ROW EXECUTE FUNCTION public.teams_keep_invariants();

-- What an invitation is for never changes (a new one is made instead). Managers of its domain resend and
-- revoke it; the invited person may only accept it (in their own name) or decline it, while it is open.
CREATE OR REPLACE FUNCTION public.invitations_guard_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    is_open boolean := OLD.accepted_at IS NULL AND OLD.revoked_at IS NULL AND OLD.declined_at IS NULL AND OLD.expires_at > pg_catalog.now();
    rest_unchanged boolean := (NEW.id, NEW.domain_id, NEW.email, NEW.role, NEW.token, NEW.invited_by, NEW.expires_at,
                               NEW.last_sent_at, NEW.revoked_at, NEW.created_at)
                              IS NOT DISTINCT FROM
                              (OLD.id, OLD.domain_id, OLD.email, OLD.role, OLD.token, OLD.invited_by, OLD.expires_at,
                               OLD.last_sent_at, OLD.revoked_at, OLD.created_at);
BEGIN
    IF public.app_is_maintenance() THEN
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.domain_id, NEW.email, NEW.token, NEW.invited_by)
       IS DISTINCT FROM (OLD.id, OLD.domain_id, OLD.email, OLD.token, OLD.invited_by) THEN
        RAISE EXCEPTION 'An invitation''s domain, email and link cannot change' USING ERRCODE = '42501';
    END IF;
    IF OLD.domain_id IN (SELECT public.app_managed_domain_ids()) AND NEW.declined_at IS NOT DISTINCT FROM OLD.declined_at THEN
        RETURN NEW;
    END IF;
    IF is_open AND rest_unchanged AND OLD.email = public.app_current_user_email() THEN
        IF NEW.accepted_at IS NOT NULL AND NEW.accepted_by = public.app_current_user_id() AND NEW.declined_at IS NULL THEN
            RETURN NEW;
        END IF;
        IF NEW.declined_at IS NOT NULL AND NEW.accepted_at IS NULL AND NEW.accepted_by IS NULL THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'Only managers of the domain may change an invitation' USING ERRCODE = '42501';
END $$;
DROP TRIGGER IF EXISTS invitations_guard_update ON public.invitations;
CREATE TRIGGER invitations_guard_update BEFORE UPDATE ON public.invitations
    FOR EACH ROW EXECUTE FUNCTION public.invitations_guard_update();

-- Subscriptions change only by operators (and the trial job); a new domain starts as a trial. Ownership is
-- shown only by operators and the verification check (jobs) — except that a creator whose own,
-- provider-verified email is at the domain verifies it when creating it.
CREATE OR REPLACE FUNCTION public.domains_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF public.app_is_maintenance() OR public.app_is_operator() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.subscription_status <> 'trial' THEN
            RAISE EXCEPTION 'A new domain starts as a trial' USING ERRCODE = '42501';
        END IF;
        IF NEW.verification_checked_at IS NOT NULL OR (NEW.verified_at IS NOT NULL AND NOT (
               NEW.verification_method = 'email' AND public.app_email_is_at(public.app_current_user_email(), NEW.domain_name))) THEN
            RAISE EXCEPTION 'Only an email at the domain verifies it when it is created' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF (NEW.subscription_status, NEW.trial_ends_at) IS DISTINCT FROM (OLD.subscription_status, OLD.trial_ends_at) THEN
        RAISE EXCEPTION 'Only operators change a subscription' USING ERRCODE = '42501';
    END IF;
    IF (NEW.domain_name, NEW.verified_at, NEW.verification_method, NEW.verification_checked_at)
       IS DISTINCT FROM (OLD.domain_name, OLD.verified_at, OLD.verification_method, OLD.verification_checked_at) THEN
        RAISE EXCEPTION 'Only operators and the verification check change a domain''s name or verification' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS domains_guard ON public.domains;
CREATE TRIGGER domains_guard BEFORE INSERT OR UPDATE ON public.domains
    FOR EACH ROW EXECUTE FUNCTION public.domains_guard();

-- Access requests, whatever writes them: the requester may only withdraw their own pending request (nothing
-- else about it changes), and nobody sends more than 20 requests a day (the service allows fewer and says so;
-- this is the last line against a request-then-withdraw loop filling a domain's audit log).
CREATE OR REPLACE FUNCTION public.access_requests_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF public.app_is_maintenance() OR public.app_is_operator() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        -- The database's clock, not the writer's: a back-dated request would slip past the count below.
        NEW.created_at := pg_catalog.now();
        IF (SELECT count(*) FROM public.access_requests r
            WHERE r.user_id = NEW.user_id AND r.created_at > pg_catalog.clock_timestamp() - interval '1 day') >= 20 THEN
            RAISE EXCEPTION 'Too many access requests today' USING ERRCODE = 'UT003';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.domain_id IN (SELECT public.app_managed_domain_ids()) THEN
        RETURN NEW;
    END IF;
    IF OLD.user_id = public.app_current_user_id() AND OLD.status = 'pending' AND NEW.status = 'withdrawn'
       AND (NEW.id, NEW.domain_id, NEW.user_id, NEW.decided_by, NEW.decided_at, NEW.created_at)
           IS NOT DISTINCT FROM (OLD.id, OLD.domain_id, OLD.user_id, OLD.decided_by, OLD.decided_at, OLD.created_at) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Only managers of the domain answer an access request' USING ERRCODE = '42501';
END $$;
DROP TRIGGER IF EXISTS access_requests_guard ON public.access_requests;
CREATE TRIGGER access_requests_guard BEFORE INSERT OR UPDATE ON public.access_requests
    FOR EACH ROW EXECUTE FUNCTION public.access_requests_guard();

-- A deleted link's short code is retired: it answers 410 Gone from then on and is never given to another link
-- (a printed code must not start leading somewhere else). SECURITY DEFINER: the app role cannot touch the list.
CREATE OR REPLACE FUNCTION public.links_retire_short_code() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO public.retired_short_codes (short_code) VALUES (OLD.short_code) ON CONFLICT DO NOTHING;
        RETURN OLD;
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.short_code IS DISTINCT FROM OLD.short_code)
       AND EXISTS (SELECT 1 FROM public.retired_short_codes r WHERE r.short_code = NEW.short_code) THEN
        -- Reported like the unique index, so the writers draw another code as for any collision.
        RAISE EXCEPTION 'Short code % belonged to a deleted link', NEW.short_code
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'ux_links_short_code';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS links_retire_short_code ON public.links;
CREATE TRIGGER links_retire_short_code BEFORE INSERT OR UPDATE OF short_code ON public.links
    FOR EACH ROW EXECUTE FUNCTION public.links_retire_short_code();
DROP TRIGGER IF EXISTS links_retired_short_code ON public.links;
CREATE TRIGGER links_retired_short_code AFTER DELETE ON public.links
    FOR EACH ROW EXECUTE FUNCTION public.links_retire_short_code();

-- Deleting a domain deletes its raw clicks and today's unique-visitor rows. They have no foreign key to domains
-- (it would be checked for every stored click); the rollups keep theirs (ON DELETE CASCADE).
CREATE OR REPLACE FUNCTION public.domains_delete_clicks() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    DELETE FROM public.clicks c WHERE c.domain_id = OLD.id;
    DELETE FROM public.click_visitors v WHERE v.domain_id = OLD.id;
    RETURN OLD;
END $$;
DROP TRIGGER IF EXISTS domains_delete_clicks ON public.domains;
CREATE TRIGGER domains_delete_clicks AFTER DELETE ON public.domains
    FOR EACH ROW EXECUTE FUNCTION public.domains_delete_clicks();

-- API keys: a revocation is final (a revoked key is never brought back; create a new one), and nothing but the
-- revocation changes after creation (the app role may update only revoked_at and revoked_by anyway).
CREATE OR REPLACE FUNCTION public.api_keys_guard_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF public.app_is_maintenance() THEN
        RETURN NEW;
    END IF;
    IF OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at OR NEW.revoked_by IS DISTINCT FROM OLD.revoked_by) THEN
        RAISE EXCEPTION 'A revoked API key stays revoked' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS api_keys_guard_update ON public.api_keys;
CREATE TRIGGER api_keys_guard_update BEFORE UPDATE ON public.api_keys
    FOR EACH ROW EXECUTE FUNCTION public.api_keys_guard_update();
