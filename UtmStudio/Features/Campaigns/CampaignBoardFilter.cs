using System.Globalization;

namespace UtmStudio.Features.Campaigns;

/// <summary>
/// What the board is narrowed to; every part optional. In the board's address it is the query
/// <c>?q=…&amp;source=…&amp;objective=…&amp;creator=&lt;user id&gt;&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>, so a filtered board
/// can be bookmarked and shared. <see cref="Search"/> looks in the name, utm_campaign and description;
/// <see cref="From"/>/<see cref="To"/> keep campaigns whose planned days overlap the range (a campaign without a
/// start runs from the beginning, one without an end is open-ended).
/// </summary>
public sealed record CampaignBoardFilter(
    string? Search = null, string? Source = null, string? Objective = null, Guid? Creator = null, DateOnly? From = null, DateOnly? To = null)
{
    private const string DateFormat = "yyyy-MM-dd";

    public static readonly CampaignBoardFilter None = new();

    public bool IsEmpty => this == None;

    /// <summary>The filter from a page's query. Parts that cannot be read are left out (a shared link with a
    /// mistyped date still opens the board), never an error page.</summary>
    public static CampaignBoardFilter FromQuery(string? q, string? source, string? objective, string? creator, string? from, string? to) =>
        new(Blank(q, 200), Blank(source, CampaignLimits.Source), Blank(objective, CampaignLimits.Objective),
            Guid.TryParse(creator, out var id) ? id : null, Day(from), Day(to));

    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["q"] = Search,
        ["source"] = Source,
        ["objective"] = Objective,
        ["creator"] = Creator?.ToString(),
        ["from"] = From?.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["to"] = To?.ToString(DateFormat, CultureInfo.InvariantCulture),
    };

    private static string? Blank(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var t && t.Length > max ? t[..max] : t;

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
