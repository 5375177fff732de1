namespace UtmStudio.Features.Team;

/// <summary>
/// How often someone may ask to join domains. Every request (and every withdrawal) is an entry in the domain's
/// audit log and a line on its managers' team page, so an outsider must not be able to fill either: one pending
/// request per domain, a few requests a day (withdrawn ones count), and a pause after the managers said no.
/// The database refuses more than 20 a day whatever writes them (Data/Sql/03_triggers.sql), as a last line.
/// </summary>
public static class AccessRequestLimits
{
    /// <summary>Requests per person in any <see cref="Window"/>, whatever became of them.</summary>
    public const int PerWindow = 5;

    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>After a decline, the same domain is not asked again for this long.</summary>
    public static readonly TimeSpan AfterDecline = TimeSpan.FromDays(7);

    /// <summary>The SQLSTATE of the database's own daily cap (access_requests_guard).</summary>
    public const string DatabaseCapState = "UT003";

    /// <summary>"in about 3 hours", "in about 2 days": when a refused request may be sent, roughly.</summary>
    public static string Wait(TimeSpan remaining)
    {
        var hours = (int)Math.Round(remaining.TotalHours, MidpointRounding.AwayFromZero);
        return remaining switch
        {
            { TotalMinutes: < 45 } => "in less than an hour",
            _ when hours <= 1 => "in about an hour",
            _ when hours < 36 => $"in about {hours} hours",
            _ => $"in about {(int)Math.Round(remaining.TotalDays, MidpointRounding.AwayFromZero)} days",
        };
    }
}
