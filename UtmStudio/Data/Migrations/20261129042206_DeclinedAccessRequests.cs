using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <summary>
    /// Tells people whose access request was declined: the domain row itself stays hidden from them, so a
    /// narrow function returns just the name and when, for the caller's own recent declined requests.
    /// </summary>
    public partial class DeclinedAccessRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION app_my_declined_requests(since timestamptz)
                    RETURNS TABLE (domain_name text, decided_at timestamptz)
                    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
                    SELECT d.domain_name, max(r.decided_at)
                    FROM access_requests r JOIN domains d ON d.id = r.domain_id
                    WHERE r.user_id = app_current_user_id() AND r.status = 'declined' AND r.decided_at >= since
                      AND NOT EXISTS (SELECT 1 FROM access_requests p
                                      WHERE p.user_id = r.user_id AND p.domain_id = r.domain_id AND p.status = 'pending')
                      AND NOT EXISTS (SELECT 1 FROM teams t WHERE t.user_id = r.user_id AND t.domain_id = r.domain_id)
                    GROUP BY d.domain_name
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS app_my_declined_requests(timestamptz);");
        }
    }
}
