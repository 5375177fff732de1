namespace UtmStudio.Features.Api.V1;

/// <summary>
/// The descriptions of the API's query parameters, for the OpenAPI document: handlers put them on their parameters
/// as <see cref="System.ComponentModel.DescriptionAttribute"/>, which the generator reads (XML comments it does not,
/// for these private handlers). Shared here because the link list and its export, and the three analytics reports,
/// take the same parameters.
/// </summary>
internal static class ApiParameterText
{
    public const string Limit = "Items per page, 1 to 100 (default 25).";
    public const string Cursor = "The nextCursor of the previous page, as it was given; leave it out for the first page.";

    public const string CampaignStatus = "active, paused or completed; every status when left out.";
    public const string CampaignSearch = "Text searched in the name, utm_campaign and description (ignoring case).";
    public const string CampaignSource = "The campaign's source, exactly as stored (newsletter, google_ads, …).";
    public const string CampaignObjective = "The campaign's objective, exactly as stored (awareness, traffic, leads, …).";
    public const string CampaignCreator = "Only campaigns created by this user (a member's userId).";
    public const string CampaignFrom = "With to, a period (yyyy-MM-dd): campaigns planned to run on any day from this one. A campaign without a start date runs from the beginning, one without an end date is open-ended.";
    public const string CampaignTo = "With from, a period (yyyy-MM-dd): campaigns planned to run on any day up to this one, included.";

    public const string LinkSearch = "Text searched in the URL, the label and the UTM values (ignoring case).";
    public const string LinkCampaign = "Only this campaign's links (its id).";
    public const string LinkSource = "utm_source, exactly (ignoring case).";
    public const string LinkMedium = "utm_medium, exactly (ignoring case).";
    public const string LinkContent = "utm_content, exactly (ignoring case).";
    public const string LinkTerm = "utm_term, exactly (ignoring case).";
    public const string LinkChannel = "A GA4 default channel: paid_social, email, organic_search, … (400 validation.failed when it is not one).";
    public const string LinkTag = "Links carrying this tag.";
    public const string LinkCreator = "Only links created by this user (a member's userId).";
    public const string LinkFrom = "Links created on or after this UTC day (yyyy-MM-dd).";
    public const string LinkTo = "Links created on or before this UTC day (yyyy-MM-dd).";

    public const string AnalyticsRange = "7d, 30d or 90d: the last days up to today (UTC). Default 30d. Not together with from and to.";
    public const string AnalyticsFrom = "The first UTC day of a custom period (yyyy-MM-dd), with to; up to 400 days.";
    public const string AnalyticsTo = "The last UTC day of a custom period (yyyy-MM-dd), included.";
    public const string AnalyticsBots = "true counts crawlers and link previewers too; they are left out by default.";

    public const string QrFormat = "png (default) or svg.";
    public const string QrSize = "PNG only: pixels per module, 1 to 40 (default 10). An SVG scales without loss.";
}
