namespace UtmStudio.Features.Links.Composition;

/// <summary>
/// The reverse of <see cref="UtmUrlComposer"/>, for pasting a tagged link into the builder (pure, never throws):
/// the utm_* parameters are read the way URL parsers read them (names in any case or percent-encoded, "+" a
/// space, the first of repeated parameters wins, as URLSearchParams.get does) and taken out of the link; every
/// other part stays exactly as typed, so composing the parts again gives back a link the composer made.
/// Whether the landing page is allowed (scheme, domain…) is the composer's question, not the parser's.
/// </summary>
public static class UtmUrlParser
{
    public static ParsedUtmUrl Parse(string? url)
    {
        var text = url?.Trim() ?? "";
        if (!LandingUrl.HasWebScheme(text))
        {
            return new ParsedUtmUrl(text, UtmFields.None, [], text.Length == 0 ? [] :
                ["This is not a web address that starts with https:// (or http://), so no UTM fields were read from it."]);
        }

        var parts = QueryParts.Split(text);
        var kept = parts.Parameters.Where(p => !QueryParts.IsUtm(p)).ToList();
        var firstValues = new Dictionary<string, string>();
        var counts = new Dictionary<string, int>();
        var notes = new List<string>();
        foreach (var parameter in parts.Parameters.Where(QueryParts.IsUtm))
        {
            var typedName = QueryParts.NameOf(parameter);
            var name = UtmValues.Names.FirstOrDefault(n => n.Equals(typedName, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                AddOnce(notes, $"{typedName} is not a UTM parameter we know; it was removed from the link.");
                continue;
            }

            if (name != typedName)
            {
                AddOnce(notes, $"{typedName} was read as {name}.");
            }

            firstValues.TryAdd(name, ValueOf(parameter));
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        notes.AddRange(counts.Where(c => c.Value > 1).Select(c =>
            $"{c.Key} appeared {(c.Value == 2 ? "twice" : $"{c.Value} times")}; the first value was used."));
        var keptNames = kept.Select(QueryParts.NameOf).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new ParsedUtmUrl(Trimmed(parts.With(kept)), UtmFields.From(firstValues), keptNames, notes);
    }

    /// <summary>
    /// In "https://acme.test/ ?utm_source=x" the space was inside; without the query it is at the end, and trimming
    /// it can leave an empty last piece ("…?a= &amp; " → "…?a= &amp;"): trimmed and taken apart until nothing changes.
    /// </summary>
    private static string Trimmed(string landing)
    {
        var trimmed = landing.Trim();
        while (trimmed != landing)
        {
            landing = trimmed;
            var parts = QueryParts.Split(landing);
            trimmed = parts.With(parts.Parameters).Trim();
        }

        return trimmed;
    }

    /// <summary>The decoded text after the first "="; "" for a parameter without one (?utm_term).</summary>
    private static string ValueOf(string parameter)
    {
        var equals = parameter.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? "" : FormUrlEncoding.Decode(parameter[(equals + 1)..]);
    }

    private static void AddOnce(List<string> notes, string note)
    {
        if (!notes.Contains(note))
        {
            notes.Add(note);
        }
    }
}
