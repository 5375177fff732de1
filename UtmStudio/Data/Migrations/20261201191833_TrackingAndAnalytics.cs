using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtmStudio.Data.Migrations
{
    /// <inheritdoc />
    public partial class TrackingAndAnalytics : Migration
    {
        // Written by hand: partitioning is beyond EF's migrations. Row security, policies, grants and the
        // functions that create and drop the monthly partitions are in Data/Sql (04_policies, 05_privileges, 02_functions).
        private const string TrackingTables = """
            -- Raw clicks, a partition per month (created ahead of time by app_ensure_click_partitions, dropped whole
            -- by app_drop_click_partitions when they pass the retention period). No IP address: a visitor hash only.
            CREATE TABLE clicks (
                clicked_at timestamptz NOT NULL,
                link_id uuid NOT NULL,
                campaign_id uuid NOT NULL,
                domain_id uuid NOT NULL, -- no foreign key: a check per stored click; a domain's deletion deletes them (03_triggers.sql)
                referrer_host varchar(253),
                device varchar(16) NOT NULL,
                browser varchar(32) NOT NULL,
                os varchar(32) NOT NULL,
                country char(2) CHECK (country ~ '^[A-Z]{2}$'),
                from_qr boolean NOT NULL,
                is_bot boolean NOT NULL,
                visitor_hash bytea NOT NULL CHECK (octet_length(visitor_hash) = 16)
            ) PARTITION BY RANGE (clicked_at);
            CREATE INDEX idx_clicks_link_id_clicked_at ON clicks (link_id, clicked_at);
            CREATE INDEX idx_clicks_domain_id_clicked_at ON clicks (domain_id, clicked_at);

            -- Rollups: clicks per hour and per day and dimension value, for a link, a campaign and a domain (scope_id
            -- is the id of one of them). Links and campaigns are not foreign keys: their clicks outlive them.
            CREATE TABLE click_series (
                domain_id uuid NOT NULL REFERENCES domains (id) ON DELETE CASCADE,
                scope_id uuid NOT NULL,
                bucket timestamptz NOT NULL CHECK (date_trunc('hour', bucket, 'UTC') = bucket),
                is_bot boolean NOT NULL,
                clicks bigint NOT NULL CHECK (clicks >= 0),
                unique_clicks bigint NOT NULL CHECK (unique_clicks >= 0 AND unique_clicks <= clicks),
                PRIMARY KEY (scope_id, is_bot, bucket)
            );
            CREATE INDEX idx_click_series_domain_id ON click_series (domain_id);

            CREATE TABLE click_breakdowns (
                domain_id uuid NOT NULL REFERENCES domains (id) ON DELETE CASCADE,
                scope_id uuid NOT NULL,
                dimension varchar(16) NOT NULL,
                is_bot boolean NOT NULL,
                day date NOT NULL,
                value varchar(253) NOT NULL,
                clicks bigint NOT NULL CHECK (clicks >= 0),
                PRIMARY KEY (scope_id, dimension, is_bot, day, value)
            );
            CREATE INDEX idx_click_breakdowns_domain_id ON click_breakdowns (domain_id);

            -- Who was already counted as a unique click today, per scope; yesterday's rows are deleted (the hashes
            -- of a day cannot be linked to another day's anyway: the salt changes).
            CREATE TABLE click_visitors (
                domain_id uuid NOT NULL, -- like clicks: deleted with the domain by a trigger
                scope_id uuid NOT NULL,
                day date NOT NULL,
                visitor_hash bytea NOT NULL,
                PRIMARY KEY (scope_id, day, visitor_hash)
            );
            CREATE INDEX idx_click_visitors_day ON click_visitors (day);

            -- The key of the visitor hash, one per UTC day, destroyed when the day is over. Only
            -- app_visitor_salt reads it.
            CREATE TABLE visitor_salts (
                day date PRIMARY KEY,
                salt bytea NOT NULL
            );

            -- Short codes of deleted links: they answer 410 Gone (a printed link says it was removed, not that it
            -- never existed) and are never given out again. Filled by a trigger on links (03_triggers.sql).
            CREATE TABLE retired_short_codes (
                short_code varchar(16) PRIMARY KEY,
                retired_at timestamptz NOT NULL DEFAULT now()
            );
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "forward_query_parameters",
                table: "domains",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "query_overrides_utm",
                table: "domains",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql(TrackingTables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS clicks, click_series, click_breakdowns, click_visitors, visitor_salts, retired_short_codes;");

            migrationBuilder.DropColumn(
                name: "forward_query_parameters",
                table: "domains");

            migrationBuilder.DropColumn(
                name: "query_overrides_utm",
                table: "domains");
        }
    }
}
