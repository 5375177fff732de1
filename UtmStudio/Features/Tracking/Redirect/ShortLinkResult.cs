namespace UtmStudio.Features.Tracking.Redirect;

/// <summary>The answer to a short code: a link, a deleted link's code, or nothing.</summary>
public sealed record ShortLinkResult(ShortLinkState State, ShortLinkTarget? Target, int DomainGeneration)
{
    public static ShortLinkResult Unknown(int generation) => new(ShortLinkState.Unknown, null, generation);
}

public enum ShortLinkState
{
    Unknown,
    Link,
    Retired,
}
