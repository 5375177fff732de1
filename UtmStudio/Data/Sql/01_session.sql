-- Who is asking. The app sets these per connection (Data/Tenancy/SessionScope.cs), from the caller:
--   app.user_id     the signed-in person, or the creator of the API key that calls;
--   app.api_key_id  the API key, when the caller is one;
--   app.domain_id   limits the session to one domain (an API key belongs to one domain);
--   app.operator    'on' for operators of the instance and background jobs.
-- A connection without them sees no tenant rows at all.

CREATE OR REPLACE FUNCTION public.app_current_user_id() RETURNS uuid
    LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT nullif(pg_catalog.current_setting('app.user_id', true), '')::uuid $$;

CREATE OR REPLACE FUNCTION public.app_current_api_key_id() RETURNS uuid
    LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT nullif(pg_catalog.current_setting('app.api_key_id', true), '')::uuid $$;

CREATE OR REPLACE FUNCTION public.app_scope_domain_id() RETURNS uuid
    LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT nullif(pg_catalog.current_setting('app.domain_id', true), '')::uuid $$;

CREATE OR REPLACE FUNCTION public.app_is_operator() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT coalesce(pg_catalog.current_setting('app.operator', true), '') = 'on' $$;

-- Roles that bypass row security (the owner, for migrations and maintenance) are not app users: guards let
-- them through. Qualified with pg_catalog so that no table of the caller's can stand in for pg_roles.
CREATE OR REPLACE FUNCTION public.app_is_maintenance() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT r.rolbypassrls OR r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user $$;

-- Whether an email address is at a domain or one of its subdomains (jane@eu.acme.test is at acme.test).
CREATE OR REPLACE FUNCTION public.app_email_is_at(p_email text, p_domain text) RETURNS boolean
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT host = lower(p_domain) OR right(host, length(p_domain) + 1) = '.' || lower(p_domain)
          FROM (SELECT lower(split_part(p_email, '@', 2)) AS host) h $$;
