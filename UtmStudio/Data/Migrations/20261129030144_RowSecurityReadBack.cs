using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <summary>
    /// EF reads generated columns back (INSERT ... RETURNING id, xmin, created_at), and PostgreSQL then also
    /// requires the new row to pass the table's SELECT policy. Two policies did not let a writer see what it
    /// had just written: a user's own new membership (creating a domain, accepting an invitation — the
    /// membership functions cannot see a row the same statement inserts), and the audit entry of an action by
    /// someone who is not a manager of the domain (requesting access, leaving, accepting an invitation).
    /// Everyone may now see their own membership rows and the audit entries they wrote; nothing else changes.
    /// </summary>
    public partial class RowSecurityReadBack : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY teams_select ON teams;
                CREATE POLICY teams_select ON teams FOR SELECT USING (
                    user_id = app_current_user_id() OR domain_id IN (SELECT app_member_domain_ids()) OR app_is_operator());

                DROP POLICY audit_log_select ON audit_log;
                CREATE POLICY audit_log_select ON audit_log FOR SELECT USING (
                    actor_user_id = app_current_user_id() OR domain_id IN (SELECT app_managed_domain_ids()) OR app_is_operator());
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY teams_select ON teams;
                CREATE POLICY teams_select ON teams FOR SELECT USING (
                    user_id = app_current_user_id() OR domain_id IN (SELECT app_member_domain_ids()) OR app_is_operator());

                DROP POLICY audit_log_select ON audit_log;
                CREATE POLICY audit_log_select ON audit_log FOR SELECT
                    USING (domain_id IN (SELECT app_managed_domain_ids()) OR app_is_operator());
                """);
        }
    }
}
