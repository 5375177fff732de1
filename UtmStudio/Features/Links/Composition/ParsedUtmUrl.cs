namespace UtmStudio.Features.Links.Composition;

/// <summary>
/// A pasted link taken apart for the builder: the landing page (the link without its utm_* parameters, the rest
/// exactly as typed), the UTM fields it had, the names of the other parameters it keeps (for "kept as part of the
/// landing URL: id, ref"), and notes on anything odd (a parameter twice, an unknown utm_ name…).
/// </summary>
public sealed record ParsedUtmUrl(string LandingUrl, UtmFields Fields, IReadOnlyList<string> KeptParameters, IReadOnlyList<string> Notes);
