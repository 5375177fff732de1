using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditLogPaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_log_domain_time",
                table: "audit_log");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_domain_action_time",
                table: "audit_log",
                columns: new[] { "domain_id", "action", "created_at", "id" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_domain_actor_time",
                table: "audit_log",
                columns: new[] { "domain_id", "actor_user_id", "created_at", "id" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_domain_time",
                table: "audit_log",
                columns: new[] { "domain_id", "created_at", "id" },
                descending: new[] { false, true, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_log_domain_action_time",
                table: "audit_log");

            migrationBuilder.DropIndex(
                name: "ix_audit_log_domain_actor_time",
                table: "audit_log");

            migrationBuilder.DropIndex(
                name: "ix_audit_log_domain_time",
                table: "audit_log");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_domain_time",
                table: "audit_log",
                columns: new[] { "domain_id", "created_at" },
                descending: new[] { false, true });
        }
    }
}
