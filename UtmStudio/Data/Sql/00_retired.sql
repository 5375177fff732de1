-- Objects that no longer exist. Dropped here so that a database upgraded from an older version ends up with
-- exactly what a new one gets.

-- Answered "does this email have an account?" to any manager (issue 6: no enumeration). Every addition to a
-- team is now an invitation, whoever the address belongs to.
DROP FUNCTION IF EXISTS public.app_user_id_by_email(text);

-- Became domains_guard (subscription and verification).
DROP TRIGGER IF EXISTS domains_guard_subscription ON public.domains;
DROP FUNCTION IF EXISTS public.domains_guard_subscription();

-- Users change nothing about themselves directly: sign-in and narrow functions do (05_privileges.sql).
DROP POLICY IF EXISTS users_update_self ON public.users;

-- Audit entries are written by app_record_audit only.
DROP POLICY IF EXISTS audit_log_insert ON public.audit_log;
