namespace UtmStudio.Tests.Infrastructure.Services;

/// <summary>A clock that starts at the real time and moves only when a test says so.</summary>
public sealed class ManualTime : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now = _now.Add(by);
}
