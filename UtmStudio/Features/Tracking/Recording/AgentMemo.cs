using UtmStudio.Features.Tracking.Agents;

namespace UtmStudio.Features.Tracking.Recording;

/// <summary>
/// The writer's memory of user agents it has classified: traffic repeats a few hundred agent strings, and the bot
/// check (one expression of hundreds of patterns) is the costliest part of a click. Bounded: forgotten when full.
/// Not thread-safe: one per writer loop.
/// </summary>
public sealed class AgentMemo(int capacity = 4_096)
{
    private readonly Dictionary<string, AgentInfo> _known = new(StringComparer.Ordinal);

    public AgentInfo Classify(string? userAgent)
    {
        if (userAgent is null)
        {
            return UserAgentClassifier.Classify(null);
        }

        if (_known.TryGetValue(userAgent, out var known))
        {
            return known;
        }

        if (_known.Count >= capacity)
        {
            _known.Clear();
        }

        return _known[userAgent] = UserAgentClassifier.Classify(userAgent);
    }
}
