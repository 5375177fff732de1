using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <inheritdoc />
    public partial class CampaignBoard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "campaigns",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "end_date",
                table: "campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "start_date",
                table: "campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "utm_campaign",
                table: "campaigns",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "utm_id",
                table: "campaigns",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            // Campaigns made before this migration get their utm_campaign derived from the name the way the app
            // derives it (lower case, spaces to "_", only URL-safe characters), made unique with a numbered suffix.
            migrationBuilder.Sql("""
                WITH derived AS (
                    SELECT id, domain_id,
                           COALESCE(NULLIF(left(regexp_replace(regexp_replace(lower(trim(name)), '\s+', '_', 'g'),
                                                               '[^a-z0-9_.~-]', '', 'g'), 90), ''), 'campaign') AS base
                    FROM campaigns),
                numbered AS (
                    SELECT id, base, row_number() OVER (PARTITION BY domain_id, base ORDER BY id) AS n FROM derived)
                UPDATE campaigns c
                SET utm_campaign = CASE WHEN numbered.n = 1 THEN numbered.base ELSE numbered.base || '_' || numbered.n END
                FROM numbered WHERE numbered.id = c.id;
                """);
            migrationBuilder.Sql("ALTER TABLE campaigns ALTER COLUMN utm_campaign DROP DEFAULT;");
            // Names are unique in a domain ignoring case ("Spring Sale" and "spring sale" are one campaign).
            migrationBuilder.Sql("CREATE UNIQUE INDEX ux_campaigns_domain_name ON campaigns (domain_id, lower(name));");
            migrationBuilder.CreateIndex(
                name: "idx_campaigns_board",
                table: "campaigns",
                columns: new[] { "domain_id", "status", "created_at", "id" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "ux_campaigns_domain_utm_campaign",
                table: "campaigns",
                columns: new[] { "domain_id", "utm_campaign" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_campaigns_domain_utm_id",
                table: "campaigns",
                columns: new[] { "domain_id", "utm_id" },
                unique: true,
                filter: "utm_id IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "campaigns_dates_check",
                table: "campaigns",
                sql: "end_date IS NULL OR start_date IS NULL OR end_date >= start_date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ux_campaigns_domain_name;");
            migrationBuilder.DropIndex(
                name: "idx_campaigns_board",
                table: "campaigns");

            migrationBuilder.DropIndex(
                name: "ux_campaigns_domain_utm_campaign",
                table: "campaigns");

            migrationBuilder.DropIndex(
                name: "ux_campaigns_domain_utm_id",
                table: "campaigns");

            migrationBuilder.DropCheckConstraint(
                name: "campaigns_dates_check",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "description",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "end_date",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "start_date",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "utm_campaign",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "utm_id",
                table: "campaigns");
        }
    }
}
