namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// One link to create in bulk, as given: a row of an imported file (its cells after the column mapping) or one
/// combination of the matrix. <see cref="RowNumber"/> is what the person sees: the spreadsheet row (the header is
/// row 1) or the matrix row. <see cref="Campaign"/> names a campaign of the domain by its name or utm_campaign;
/// blank takes the campaign chosen on the page. Tags are one cell, separated by commas.
/// </summary>
public sealed record BulkInputRow(
    int RowNumber,
    string? LandingUrl,
    string? Source,
    string? Medium,
    string? Content = null,
    string? Term = null,
    string? SourcePlatform = null,
    string? CreativeFormat = null,
    string? MarketingTactic = null,
    string? Label = null,
    string? Tags = null,
    string? Campaign = null);
