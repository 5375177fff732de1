namespace UtmStudio.Features.Links.Conventions;

/// <summary>
/// "With this medium, only these sources": medium <c>cpc</c> allows only <c>google</c>, <c>bing</c> and <c>meta</c>.
/// A medium without a rule allows any source (that the source list allows). Equality compares the sources in order.
/// </summary>
public sealed record DependentRule(string Medium, IReadOnlyList<string> Sources)
{
    public string Medium { get; init => field = value ?? ""; } = Medium ?? "";

    public IReadOnlyList<string> Sources { get; init => field = value is null ? [] : [.. value.Where(s => s is not null)]; } =
        Sources is null ? [] : [.. Sources.Where(s => s is not null)];

    public bool Equals(DependentRule? other) => other is not null && Medium == other.Medium && Sources.SequenceEqual(other.Sources);

    public override int GetHashCode() => HashCode.Combine(Medium, Sources.Count);
}
