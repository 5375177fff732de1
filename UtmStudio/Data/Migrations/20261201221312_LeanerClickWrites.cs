using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <inheritdoc />
    public partial class LeanerClickWrites : Migration
    {
        // Written by hand: storage settings that EF's model does not describe. Measured with the ingestion benchmark
        // (docs/benchmarks.md): every batch updates thousands of rollup rows and inserts one visitor row per scope.
        // - fillfactor 70 leaves room on each page so a rollup update can be a HOT update: the new row version stays
        //   on its page and no index entry is written (the counters are not indexed).
        // - click_visitors holds today's and yesterday's first visits only (the salt of older days is destroyed, so
        //   their hashes never match again); the daily prune reads the small table whole instead of keeping an index
        //   on day up to date on every insert.
        private const string Up_ = """
            ALTER TABLE click_series SET (fillfactor = 70);
            ALTER TABLE click_breakdowns SET (fillfactor = 70);
            DROP INDEX IF EXISTS idx_click_visitors_day;
            """;

        private const string Down_ = """
            ALTER TABLE click_series RESET (fillfactor);
            ALTER TABLE click_breakdowns RESET (fillfactor);
            CREATE INDEX IF NOT EXISTS idx_click_visitors_day ON click_visitors (day);
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Up_);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Down_);
    }
}
