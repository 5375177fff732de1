namespace UtmStudio.Features.Links.Bulk;

/// <summary>What a column of an imported file can hold: one field of a link.</summary>
public enum BulkColumn
{
    LandingUrl,
    Source,
    Medium,
    Campaign,
    Content,
    Term,
    SourcePlatform,
    CreativeFormat,
    MarketingTactic,
    Label,
    Tags,
}

public static class BulkColumnText
{
    public static string Name(BulkColumn column) => column switch
    {
        BulkColumn.LandingUrl => "Landing page URL",
        BulkColumn.Source => "utm_source",
        BulkColumn.Medium => "utm_medium",
        BulkColumn.Campaign => "Campaign (name or utm_campaign)",
        BulkColumn.Content => "utm_content",
        BulkColumn.Term => "utm_term",
        BulkColumn.SourcePlatform => "utm_source_platform",
        BulkColumn.CreativeFormat => "utm_creative_format",
        BulkColumn.MarketingTactic => "utm_marketing_tactic",
        BulkColumn.Label => "Label",
        BulkColumn.Tags => "Tags",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a bulk column."),
    };

    /// <summary>Header names each field is recognised by (after <see cref="BulkColumnMapping.Normalise"/>), best first.
    /// A file exported from UtmStudio has landing_url and full_url: the landing page wins.</summary>
    public static IReadOnlyList<string> Aliases(BulkColumn column) => column switch
    {
        BulkColumn.LandingUrl => ["landing_url", "landing_page", "landing_page_url", "landing", "url", "destination_url", "destination",
            "page_url", "page", "link", "website_url", "full_url"],
        BulkColumn.Source => ["utm_source", "source"],
        BulkColumn.Medium => ["utm_medium", "medium"],
        BulkColumn.Campaign => ["campaign", "campaign_name", "utm_campaign"],
        BulkColumn.Content => ["utm_content", "content"],
        BulkColumn.Term => ["utm_term", "term", "keyword"],
        BulkColumn.SourcePlatform => ["utm_source_platform", "source_platform"],
        BulkColumn.CreativeFormat => ["utm_creative_format", "creative_format"],
        BulkColumn.MarketingTactic => ["utm_marketing_tactic", "marketing_tactic"],
        BulkColumn.Label => ["label", "link_label", "link_name"],
        BulkColumn.Tags => ["tags", "tag"],
        _ => [],
    };
}
