namespace UtmStudio.Features.Shared;

/// <summary>Time, rounded to microseconds as PostgreSQL stores it, so values read back compare equal.</summary>
public static class Clock
{
    public static DateTimeOffset Now(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
