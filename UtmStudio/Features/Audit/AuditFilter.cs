using System.Globalization;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Audit;

/// <summary>
/// What a manager narrows the audit log to. Each part is optional:
/// <list type="bullet">
/// <item><see cref="Kind"/>: an action or a group of actions (<see cref="AuditKinds"/>);</item>
/// <item><see cref="Actor"/>: the user id of a member of the domain, or <see cref="System"/> for UtmStudio's own entries;</item>
/// <item><see cref="From"/>, <see cref="To"/>: whole days, both included, in UTC (the page shows every time in UTC).</item>
/// </list>
/// In a page's address it is the query <c>?kind=…&amp;actor=…&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>.
/// </summary>
public sealed record AuditFilter(string? Kind = null, string? Actor = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The actor value of entries that no person made (jobs such as the trial expiry).</summary>
    public const string System = "system";

    private const string DateFormat = "yyyy-MM-dd";

    public static readonly AuditFilter None = new();

    public bool IsEmpty => this == None;

    /// <summary>The filter from a page's query; a date that is not yyyy-MM-dd is a validation error.</summary>
    public static AuditFilter FromQuery(string? kind, string? actor, string? from, string? to) =>
        new(Blank(kind), Blank(actor), Day(from, "start"), Day(to, "end"));

    /// <summary>The query parameters of this filter, null for the parts that are not set (for the page's address).</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["kind"] = Kind,
        ["actor"] = Actor,
        ["from"] = From?.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["to"] = To?.ToString(DateFormat, CultureInfo.InvariantCulture),
    };

    /// <summary>The first instant the range includes (midnight UTC of <see cref="From"/>).</summary>
    public DateTimeOffset? FromInstant => From is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The first instant after the range (midnight UTC after <see cref="To"/>); null when unbounded.</summary>
    public DateTimeOffset? ToExclusiveInstant => To is { } day && day < DateOnly.MaxValue
        ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Day(string? value, string which) =>
        Blank(value) is not { } text ? null
        : DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new ValidationProblem($"The {which} date “{Shorten(text)}” is not a date; use the date pickers (or year-month-day, like 2026-12-01).");

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
