using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <summary>
    /// Columns for issue 6: domain ownership (verified_at, verification_method/token/checked_at), invitations
    /// the invited person declined, access requests that were withdrawn (kept for the daily cap), and the API
    /// key that acted in an audit entry. Functions, policies, triggers and grants are not here: they live in
    /// Data/Sql/ and are applied after every migration (docs/adr/0005-database-security-in-one-place.md).
    /// </summary>
    public partial class OwnershipConsentAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_invitations_open_per_email",
                table: "invitations");

            migrationBuilder.DropCheckConstraint(
                name: "access_requests_status_check",
                table: "access_requests");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "declined_at",
                table: "invitations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "verification_checked_at",
                table: "domains",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "verification_method",
                table: "domains",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "verification_token",
                table: "domains",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValueSql: "replace(uuid_generate_v4()::text, '-', '')");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "verified_at",
                table: "domains",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "actor_api_key_id",
                table: "audit_log",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_invitations_open_per_email",
                table: "invitations",
                columns: new[] { "domain_id", "email" },
                unique: true,
                filter: "accepted_at IS NULL AND revoked_at IS NULL AND declined_at IS NULL");

            migrationBuilder.AddCheckConstraint(
                name: "domains_verification_method_check",
                table: "domains",
                sql: "verification_method IN ('email', 'dns', 'operator')");

            migrationBuilder.AddCheckConstraint(
                name: "domains_verified_check",
                table: "domains",
                sql: "(verified_at IS NULL) = (verification_method IS NULL)");

            migrationBuilder.AddCheckConstraint(
                name: "access_requests_status_check",
                table: "access_requests",
                sql: "status IN ('pending', 'approved', 'declined', 'withdrawn')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_invitations_open_per_email",
                table: "invitations");

            migrationBuilder.DropCheckConstraint(
                name: "domains_verification_method_check",
                table: "domains");

            migrationBuilder.DropCheckConstraint(
                name: "domains_verified_check",
                table: "domains");

            migrationBuilder.DropCheckConstraint(
                name: "access_requests_status_check",
                table: "access_requests");

            migrationBuilder.DropColumn(
                name: "declined_at",
                table: "invitations");

            migrationBuilder.DropColumn(
                name: "verification_checked_at",
                table: "domains");

            migrationBuilder.DropColumn(
                name: "verification_method",
                table: "domains");

            migrationBuilder.DropColumn(
                name: "verification_token",
                table: "domains");

            migrationBuilder.DropColumn(
                name: "verified_at",
                table: "domains");

            migrationBuilder.DropColumn(
                name: "actor_api_key_id",
                table: "audit_log");

            migrationBuilder.CreateIndex(
                name: "ux_invitations_open_per_email",
                table: "invitations",
                columns: new[] { "domain_id", "email" },
                unique: true,
                filter: "accepted_at IS NULL AND revoked_at IS NULL");

            migrationBuilder.AddCheckConstraint(
                name: "access_requests_status_check",
                table: "access_requests",
                sql: "status IN ('pending', 'approved', 'declined')");
        }
    }
}
