using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <inheritdoc />
    public partial class MonthlyClickBreakdowns : Migration
    {
        // Written by hand, like the other click tables; row security, policies and grants are in Data/Sql.
        // A dashboard over 90 days summed every daily breakdown row of those days (docs/benchmarks.md). Every hour the
        // click maintenance job adds the days that are over into one row per month and value (click_breakdowns_monthly)
        // and notes in click_breakdown_months up to which day each month is summed; reads take those months from there
        // and only the days around them from click_breakdowns. Clicks stored later for a summed day update both
        // (ClickBatchWriter, BreakdownMonths).
        private const string Up_ = """
            CREATE TABLE click_breakdowns_monthly (
                domain_id uuid NOT NULL REFERENCES domains (id) ON DELETE CASCADE,
                scope_id uuid NOT NULL,
                dimension varchar(16) NOT NULL,
                is_bot boolean NOT NULL,
                month date NOT NULL CHECK (date_trunc('month', month)::date = month),
                value varchar(253) NOT NULL,
                clicks bigint NOT NULL CHECK (clicks >= 0),
                PRIMARY KEY (scope_id, dimension, is_bot, month, value)
            ) WITH (fillfactor = 90);
            CREATE INDEX idx_click_breakdowns_monthly_domain_id ON click_breakdowns_monthly (domain_id);

            -- Up to which day (through) each month's daily rows are summed; no tenant data. Oldest first, no gaps.
            CREATE TABLE click_breakdown_months (
                month date PRIMARY KEY CHECK (date_trunc('month', month)::date = month),
                through date NOT NULL CHECK (through >= month AND through < (month + interval '1 month')::date),
                rolled_at timestamptz NOT NULL DEFAULT now()
            );

            -- The roll-up reads a month of daily rows across all domains: BRIN costs the writer next to nothing.
            CREATE INDEX idx_click_breakdowns_day_brin ON click_breakdowns USING brin (day);
            """;

        private const string Down_ = """
            DROP INDEX IF EXISTS idx_click_breakdowns_day_brin;
            DROP TABLE IF EXISTS click_breakdowns_monthly, click_breakdown_months;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Up_);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Down_);
    }
}
