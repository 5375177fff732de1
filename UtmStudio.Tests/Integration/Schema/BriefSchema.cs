namespace UtmStudio.Tests.Integration.Schema;

/// <summary>
/// The brief's schema (shared/seed/database-and-backend.md), written down once so a test can hold the live
/// database to it. Columns we add on purpose are listed separately, per table.
/// </summary>
internal static class BriefSchema
{
    public sealed record Column(string Name, string Type, int? Length, bool Nullable, string? Default);

    private static readonly Column Id = new("id", "uuid", null, false, "uuid_generate_v4()");
    private static readonly Column CreatedAt = new("created_at", "timestamp with time zone", null, true, "CURRENT_TIMESTAMP");
    private static readonly Column UpdatedAt = new("updated_at", "timestamp with time zone", null, true, "CURRENT_TIMESTAMP");

    private static Column Text(string name, int length, bool nullable = false) => new(name, "character varying", length, nullable, null);

    private static Column Uuid(string name) => new(name, "uuid", null, false, null);

    public static readonly Dictionary<string, Column[]> Tables = new()
    {
        ["users"] = [Id, Text("email", 255), Text("role", 50), CreatedAt, UpdatedAt],
        ["domains"] = [Id, Text("domain_name", 255), Uuid("manager_id"), Text("subscription_status", 50), CreatedAt, UpdatedAt],
        ["teams"] = [Id, Uuid("domain_id"), Uuid("user_id"), Text("role", 50), CreatedAt, UpdatedAt],
        ["campaigns"] =
        [
            Id, Text("name", 255), Text("source", 100), Text("objective", 100),
            new("targeting_criteria", "jsonb", null, false, null), Text("status", 50),
            Uuid("domain_id"), Uuid("created_by"), CreatedAt, UpdatedAt,
        ],
        ["links"] =
        [
            Id, Uuid("campaign_id"), Text("utm_source", 100), Text("utm_medium", 100), Text("utm_campaign", 100),
            Text("utm_content", 100, nullable: true), Text("utm_term", 100, nullable: true),
            new("full_url", "text", null, false, null), Uuid("created_by"), CreatedAt, UpdatedAt,
        ],
    };

    /// <summary>Columns the product adds (ARCHITECTURE: only what sign-in and later features need).</summary>
    public static readonly Dictionary<string, Column[]> AddedColumns = new()
    {
        ["users"] =
        [
            Text("identity_issuer", 255), Text("identity_subject", 255), Text("display_name", 255, nullable: true),
            new("signup_domain_id", "uuid", null, true, null),
        ],
        ["domains"] =
        [
            new("trial_ends_at", "timestamp with time zone", null, true, null),
            new("default_redirect_type", "smallint", null, false, "302"),
            new("verified_at", "timestamp with time zone", null, true, null),
            Text("verification_method", 20, nullable: true),
            new("verification_token", "character varying", 64, false, "replace((uuid_generate_v4())::text, '-'::text, ''::text)"),
            new("verification_checked_at", "timestamp with time zone", null, true, null),
            new("link_conventions", "jsonb", null, false, "'{}'::jsonb"),
            new("forward_query_parameters", "boolean", null, false, "true"),
            new("query_overrides_utm", "boolean", null, false, "false"),
        ],
        ["campaigns"] =
        [
            Text("description", 2000, nullable: true), new("start_date", "date", null, true, null), new("end_date", "date", null, true, null),
            Text("utm_campaign", 100), Text("utm_id", 100, nullable: true),
        ],
        ["links"] =
        [
            Uuid("domain_id"), Text("utm_id", 100, nullable: true), Text("utm_source_platform", 100, nullable: true),
            Text("utm_creative_format", 100, nullable: true), Text("utm_marketing_tactic", 100, nullable: true),
            new("landing_url", "text", null, false, null),
            new("short_code", "character varying", 16, false, "substr(replace((gen_random_uuid())::text, '-'::text, ''::text), 1, 12)"),
            Text("label", 200, nullable: true), new("tags", "ARRAY", null, false, "'{}'::text[]"), Text("ga4_channel", 40),
        ],
    };

    /// <summary>CHECK constraints: column and its allowed values.</summary>
    public static readonly (string Table, string Column, string[] Values)[] Checks =
    [
        ("users", "role", ["manager", "team_member"]),
        ("domains", "subscription_status", ["trial", "active", "inactive"]),
        ("teams", "role", ["manager", "team_member"]),
        ("campaigns", "status", ["active", "paused", "completed"]),
    ];

    public static readonly (string Table, string Columns)[] Uniques =
    [
        ("users", "email"),
        ("domains", "domain_name"),
        ("teams", "domain_id,user_id"),
    ];

    /// <summary>Foreign keys; on delete 'c' = cascade (a domain's belongings go with it), 'a' = no action.</summary>
    public static readonly (string Table, string Column, string References, char OnDelete)[] ForeignKeys =
    [
        ("domains", "manager_id", "users", 'a'),
        ("teams", "domain_id", "domains", 'c'),
        ("teams", "user_id", "users", 'a'),
        ("campaigns", "domain_id", "domains", 'c'),
        ("campaigns", "created_by", "users", 'a'),
        ("links", "campaign_id", "campaigns", 'c'),
        ("links", "created_by", "users", 'a'),
    ];

    /// <summary>The seven "Key Indexes" of the brief.</summary>
    public static readonly (string Name, string Table, string Columns)[] Indexes =
    [
        ("idx_users_email", "users", "email"),
        ("idx_domains_manager_id", "domains", "manager_id"),
        ("idx_teams_domain_user", "teams", "domain_id, user_id"),
        ("idx_campaigns_domain_id", "campaigns", "domain_id"),
        ("idx_campaigns_created_by", "campaigns", "created_by"),
        ("idx_links_campaign_id", "links", "campaign_id"),
        ("idx_links_created_by", "links", "created_by"),
    ];
}
