-- SECURITY DEFINER functions. They run as the owner (which bypasses row security), so each one answers a
-- single narrow question or makes a single narrow write, checks the caller itself, pins its search_path
-- (temporary schema last, so no temporary table can stand in for a real one) and names every table with its
-- schema.

-- The signed-in person's email (the invitations policies compare it).
CREATE OR REPLACE FUNCTION public.app_current_user_email() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT u.email FROM public.users u WHERE u.id = public.app_current_user_id() $$;

-- Domains the caller is a member (or manager) of; an API-key session only its own domain.
CREATE OR REPLACE FUNCTION public.app_member_domain_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT t.domain_id FROM public.teams t
          WHERE t.user_id = public.app_current_user_id()
            AND (public.app_scope_domain_id() IS NULL OR t.domain_id = public.app_scope_domain_id()) $$;

CREATE OR REPLACE FUNCTION public.app_managed_domain_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT t.domain_id FROM public.teams t
          WHERE t.user_id = public.app_current_user_id() AND t.role = 'manager'
            AND (public.app_scope_domain_id() IS NULL OR t.domain_id = public.app_scope_domain_id()) $$;

-- Domains with an open invitation for the caller's email (not for API keys).
CREATE OR REPLACE FUNCTION public.app_invited_domain_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT i.domain_id FROM public.invitations i
          WHERE i.email = public.app_current_user_email() AND public.app_current_api_key_id() IS NULL
            AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.declined_at IS NULL AND i.expires_at > pg_catalog.now() $$;

-- Domains the caller has a pending access request for.
CREATE OR REPLACE FUNCTION public.app_requested_domain_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT r.domain_id FROM public.access_requests r
          WHERE r.user_id = public.app_current_user_id() AND r.status = 'pending' AND public.app_current_api_key_id() IS NULL $$;

-- Rule 3: whether a domain name is taken, without seeing the domain.
CREATE OR REPLACE FUNCTION public.app_domain_id_by_name(name text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT d.id FROM public.domains d WHERE d.domain_name = name $$;

-- An invited person may add themselves to the domain, with the invited role only.
CREATE OR REPLACE FUNCTION public.app_can_join_by_invitation(target_domain uuid, target_role text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM public.invitations i
          WHERE i.domain_id = target_domain AND i.role = target_role AND i.email = public.app_current_user_email()
            AND public.app_current_api_key_id() IS NULL
            AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.declined_at IS NULL AND i.expires_at > pg_catalog.now()) $$;

-- Explains an invitation link opened by another account: only whoever holds the token learns its email.
CREATE OR REPLACE FUNCTION public.app_invitation_email(invitation_token text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT i.email FROM public.invitations i WHERE i.token = invitation_token $$;

-- People the caller may see: themselves, members of their domains, people asking to join a domain they
-- manage, whoever invited them, and the actors in audit logs they read.
CREATE OR REPLACE FUNCTION public.app_visible_user_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT public.app_current_user_id()
    UNION SELECT t.user_id FROM public.teams t WHERE t.domain_id IN (SELECT public.app_member_domain_ids())
    UNION SELECT r.user_id FROM public.access_requests r WHERE r.domain_id IN (SELECT public.app_managed_domain_ids())
    UNION SELECT i.invited_by FROM public.invitations i WHERE i.email = public.app_current_user_email()
    UNION SELECT a.actor_user_id FROM public.audit_log a
          WHERE a.actor_user_id IS NOT NULL AND a.domain_id IN (SELECT public.app_managed_domain_ids())
$$;

-- Sign-in: create or update the user keyed by issuer + subject, with the provider-verified email. NULL when
-- that email belongs to another account (users.email is unique and is never merged). The only way email,
-- name and identity of a user row change.
CREATE OR REPLACE FUNCTION public.app_sign_in(p_issuer text, p_subject text, p_email text, p_display_name text)
    RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    found uuid;
BEGIN
    SELECT u.id INTO found FROM public.users u WHERE u.identity_issuer = p_issuer AND u.identity_subject = p_subject;
    IF EXISTS (SELECT 1 FROM public.users u WHERE u.email = p_email AND u.id IS DISTINCT FROM found) THEN
        RETURN NULL;
    END IF;
    IF found IS NULL THEN
        INSERT INTO public.users (email, role, identity_issuer, identity_subject, display_name)
        VALUES (p_email, 'team_member', p_issuer, p_subject, p_display_name)
        ON CONFLICT (identity_issuer, identity_subject) DO NOTHING
        RETURNING id INTO found;
        IF found IS NULL THEN -- the same person's other sign-in won the race
            SELECT u.id INTO found FROM public.users u WHERE u.identity_issuer = p_issuer AND u.identity_subject = p_subject;
        END IF;
    ELSE
        UPDATE public.users SET email = p_email, display_name = coalesce(p_display_name, display_name) WHERE id = found;
    END IF;
    RETURN found;
EXCEPTION WHEN unique_violation THEN
    RETURN NULL;
END $$;

-- Rule 3: the domain someone chose to sign up with (created it, accepted an invitation on the welcome page,
-- or was approved after asking). Only for a member of that domain, by themselves or by one of its managers,
-- and only while it is their one domain: a domain joined later never pins them (nor stops its deletion).
CREATE OR REPLACE FUNCTION public.app_claim_signup_domain(p_user uuid, p_domain uuid) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ UPDATE public.users SET signup_domain_id = p_domain
          WHERE id = p_user AND signup_domain_id IS NULL
            AND EXISTS (SELECT 1 FROM public.teams t WHERE t.domain_id = p_domain AND t.user_id = p_user)
            AND NOT EXISTS (SELECT 1 FROM public.teams t WHERE t.user_id = p_user AND t.domain_id <> p_domain)
            AND (p_user = public.app_current_user_id() OR p_domain IN (SELECT public.app_managed_domain_ids())) $$;

-- Someone removed from their sign-up domain no longer pins it (they sign up again).
CREATE OR REPLACE FUNCTION public.app_release_signup_domain(p_user uuid, p_domain uuid) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ UPDATE public.users SET signup_domain_id = NULL
          WHERE id = p_user AND signup_domain_id = p_domain
            AND NOT EXISTS (SELECT 1 FROM public.teams t WHERE t.domain_id = p_domain AND t.user_id = p_user)
            AND (p_domain IN (SELECT public.app_managed_domain_ids()) OR public.app_is_operator()) $$;

-- Rule 4: how many people signed up with a domain, for its members.
CREATE OR REPLACE FUNCTION public.app_signup_user_count(p_domain uuid) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT count(*)::integer FROM public.users u
          WHERE u.signup_domain_id = p_domain AND p_domain IN (SELECT public.app_member_domain_ids()) $$;

-- The caller's recent access requests that were declined (the domain row itself stays hidden from them).
CREATE OR REPLACE FUNCTION public.app_my_declined_requests(since timestamptz)
    RETURNS TABLE (domain_name text, decided_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT d.domain_name, max(r.decided_at)
    FROM public.access_requests r JOIN public.domains d ON d.id = r.domain_id
    WHERE r.user_id = public.app_current_user_id() AND r.status = 'declined' AND r.decided_at >= since
      AND NOT EXISTS (SELECT 1 FROM public.access_requests p
                      WHERE p.user_id = r.user_id AND p.domain_id = r.domain_id AND p.status = 'pending')
      AND NOT EXISTS (SELECT 1 FROM public.teams t WHERE t.user_id = r.user_id AND t.domain_id = r.domain_id)
    GROUP BY d.domain_name
$$;

-- Domains the caller deleted recently: the domain and its audit log are gone from their view, this trace is not.
CREATE OR REPLACE FUNCTION public.app_my_deleted_domains(since timestamptz)
    RETURNS TABLE (domain_name text, deleted_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT a.domain_name::text, a.created_at FROM public.audit_log a
    WHERE a.actor_user_id = public.app_current_user_id() AND a.action = 'domain.deleted' AND a.created_at >= since
    ORDER BY a.created_at DESC
$$;

-- The only way an audit entry is written (the app role has no INSERT on audit_log). The actor comes from the
-- session, the time and the domain's name from the database, so nobody records an event in someone else's
-- name, in the future, or under another domain's name. Members record their domain's events; someone who
-- is not (yet) a member records only their own request or invitation answer; operators and jobs any event.
CREATE OR REPLACE FUNCTION public.app_record_audit(p_domain_id uuid, p_action text, p_details jsonb) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    actor uuid := public.app_current_user_id();
    v_domain_name text;
    entry uuid;
BEGIN
    IF p_action IS NULL OR p_action !~ '^[a-z][a-z_]*\.[a-z][a-z_]*$' OR length(p_action) > 64 THEN
        RAISE EXCEPTION 'Not an audit action: %', p_action USING ERRCODE = '22023';
    END IF;
    IF p_details IS NULL OR jsonb_typeof(p_details) <> 'object' OR length(p_details::text) > 4000 THEN
        RAISE EXCEPTION 'Audit details are a JSON object of at most 4000 characters' USING ERRCODE = '22023';
    END IF;
    SELECT d.domain_name INTO v_domain_name FROM public.domains d WHERE d.id = p_domain_id;
    IF v_domain_name IS NULL THEN
        RAISE EXCEPTION 'No such domain' USING ERRCODE = '42501';
    END IF;
    IF NOT public.app_is_operator() AND NOT (
        actor IS NOT NULL AND (
            p_domain_id IN (SELECT public.app_member_domain_ids())
            OR (p_action IN ('access_request.created', 'access_request.withdrawn')
                AND p_domain_id IN (SELECT public.app_requested_domain_ids()))
            OR (p_action IN ('invitation.accepted', 'invitation.declined')
                AND p_domain_id IN (SELECT public.app_invited_domain_ids())))) THEN
        RAISE EXCEPTION 'Audit entries are recorded only for your own actions in your domains' USING ERRCODE = '42501';
    END IF;
    INSERT INTO public.audit_log (id, domain_id, domain_name, actor_user_id, actor_api_key_id, action, details, created_at)
    VALUES (public.uuid_generate_v4(), p_domain_id, v_domain_name, actor, public.app_current_api_key_id(), p_action, p_details,
            pg_catalog.clock_timestamp())
    RETURNING id INTO entry;
    RETURN entry;
END $$;

-- The short-link redirect (Features/Tracking): everything a visitor's GET /l/{code} needs, for anyone, since the
-- code is the secret. 'link' with the link and its domain's redirect settings, 'retired' for a deleted link's
-- code, no row for a code that never existed. The anonymous visitor reads links through this function only.
-- PL/pgSQL, not SQL: a definer-rights SQL function is never inlined and re-plans its query at every call, which
-- on a cache miss of the redirect cost more than the lookup itself; PL/pgSQL keeps each query's plan per connection.
CREATE OR REPLACE FUNCTION public.app_short_link(p_code text)
    RETURNS TABLE (state text, link_id uuid, domain_id uuid, campaign_id uuid, full_url text,
                   utm_source text, utm_medium text, utm_campaign text, utm_content text, utm_term text, ga4_channel text,
                   redirect_type integer, domain_verified boolean, forward_query_parameters boolean, query_overrides_utm boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    SELECT 'link'::text, l.id, l.domain_id, l.campaign_id, l.full_url::text,
           l.utm_source::text, l.utm_medium::text, l.utm_campaign::text, l.utm_content::text, l.utm_term::text, l.ga4_channel::text,
           d.default_redirect_type::integer, d.verified_at IS NOT NULL, d.forward_query_parameters, d.query_overrides_utm
    FROM public.links l JOIN public.domains d ON d.id = l.domain_id
    WHERE l.short_code = p_code;
    IF NOT FOUND THEN
        RETURN QUERY
        SELECT 'retired'::text, NULL::uuid, NULL::uuid, NULL::uuid, NULL::text, NULL::text, NULL::text, NULL::text,
               NULL::text, NULL::text, NULL::text, NULL::integer, NULL::boolean, NULL::boolean, NULL::boolean
        FROM public.retired_short_codes r
        WHERE r.short_code = p_code;
    END IF;
END $$;

-- The key of the day's visitor hashes, for the click writer (a job) only. Salts of days before yesterday are
-- destroyed here, and asking for one gives NULL: a visitor hash can then never be recomputed for an old day.
CREATE OR REPLACE FUNCTION public.app_visitor_salt(p_day date) RETURNS bytea
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    oldest date := (pg_catalog.now() AT TIME ZONE 'UTC')::date - 1;
    found bytea;
BEGIN
    IF NOT public.app_is_operator() THEN
        RAISE EXCEPTION 'Only the click writer reads visitor salts' USING ERRCODE = '42501';
    END IF;
    DELETE FROM public.visitor_salts s WHERE s.day < oldest;
    IF p_day < oldest THEN
        RETURN NULL;
    END IF;
    INSERT INTO public.visitor_salts (day, salt)
    VALUES (p_day, pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid()))
    ON CONFLICT (day) DO NOTHING;
    SELECT s.salt INTO found FROM public.visitor_salts s WHERE s.day = p_day;
    RETURN found;
END $$;

-- Monthly partitions of clicks (clicks_y2026m12 …) for every month from p_from to p_to, created if missing, with
-- forced row security and no privileges of their own (the app reaches them through clicks only). Jobs only.
CREATE OR REPLACE FUNCTION public.app_ensure_click_partitions(p_from date, p_to date) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    month date := pg_catalog.date_trunc('month', p_from)::date;
    name text;
    created integer := 0;
BEGIN
    IF NOT public.app_is_operator() THEN
        RAISE EXCEPTION 'Only jobs manage click partitions' USING ERRCODE = '42501';
    END IF;
    IF p_to < p_from OR p_to > p_from + 3700 THEN
        RAISE EXCEPTION 'Not a range of months: % to %', p_from, p_to USING ERRCODE = '22023';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('public.clicks partitions'));
    WHILE month <= p_to LOOP
        name := pg_catalog.format('clicks_y%sm%s', pg_catalog.to_char(month, 'YYYY'), pg_catalog.to_char(month, 'MM'));
        IF pg_catalog.to_regclass('public.' || name) IS NULL THEN
            EXECUTE pg_catalog.format('CREATE TABLE public.%I PARTITION OF public.clicks FOR VALUES FROM (%L) TO (%L)',
                                      name, month::timestamp AT TIME ZONE 'UTC', (month + interval '1 month')::timestamp AT TIME ZONE 'UTC');
            EXECUTE pg_catalog.format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', name);
            EXECUTE pg_catalog.format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', name);
            -- The schema's default privileges would grant the app role this table; it reaches clicks through the parent only.
            IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'utmstudio_app') THEN
                EXECUTE pg_catalog.format('REVOKE ALL ON public.%I FROM utmstudio_app', name);
            END IF;
            created := created + 1;
        END IF;
        month := (month + interval '1 month')::date;
    END LOOP;
    RETURN created;
END $$;

-- Retention: drops the monthly partitions of clicks that ended on or before p_before, whole (no row-by-row
-- delete, no bloat). The rollups stay: counts outlive the raw clicks. Jobs only; returns how many were dropped.
CREATE OR REPLACE FUNCTION public.app_drop_click_partitions(p_before date) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    part record;
    dropped integer := 0;
BEGIN
    IF NOT public.app_is_operator() THEN
        RAISE EXCEPTION 'Only jobs manage click partitions' USING ERRCODE = '42501';
    END IF;
    FOR part IN
        SELECT c.relname FROM pg_catalog.pg_inherits i
        JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'public.clicks'::regclass AND c.relname ~ '^clicks_y[0-9]{4}m[0-9]{2}$'
          AND (pg_catalog.to_date(pg_catalog.substr(c.relname, 9, 4) || pg_catalog.substr(c.relname, 14, 2), 'YYYYMM')
               + interval '1 month')::date <= p_before
    LOOP
        EXECUTE pg_catalog.format('DROP TABLE public.%I', part.relname);
        dropped := dropped + 1;
    END LOOP;
    RETURN dropped;
END $$;

-- The REST API's sign-in (Features/Api/Authentication): the key whose prefix and SHA-256 secret hash are given,
-- if it is neither revoked nor expired and its creator is still a member of its domain; no row otherwise (the
-- caller cannot tell which). Anyone may ask: the secret is the credential. Marks the key used, at most once a
-- minute, so a busy key costs one write a minute, not one per request. Not cached by the app: revoking a key
-- takes effect on the next request.
CREATE OR REPLACE FUNCTION public.app_authenticate_api_key(p_prefix text, p_hash bytea)
    RETURNS TABLE (key_id uuid, domain_id uuid, domain_name text, created_by uuid, name text, scopes text[])
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    found public.api_keys%ROWTYPE;
BEGIN
    SELECT k.* INTO found FROM public.api_keys k
    WHERE k.prefix = p_prefix AND k.key_hash = p_hash AND k.revoked_at IS NULL
      AND (k.expires_at IS NULL OR k.expires_at > pg_catalog.now())
      AND EXISTS (SELECT 1 FROM public.teams t WHERE t.domain_id = k.domain_id AND t.user_id = k.created_by);
    IF found.id IS NULL THEN
        RETURN;
    END IF;
    UPDATE public.api_keys k SET last_used_at = pg_catalog.now()
    WHERE k.id = found.id AND (k.last_used_at IS NULL OR k.last_used_at < pg_catalog.now() - interval '1 minute');
    RETURN QUERY SELECT found.id, found.domain_id, d.domain_name::text, found.created_by, found.name::text, found.scopes::text[]
                 FROM public.domains d WHERE d.id = found.domain_id;
END $$;
