namespace UtmStudio.Features.Links;

/// <summary>A link's own words: an optional label and a few tags to find it by.</summary>
internal static class LinkLabels
{
    public static string? Clean(string? label, Dictionary<string, string> problems)
    {
        var trimmed = label?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > LinkLimits.Label)
        {
            problems["label"] = $"Keep the label to {LinkLimits.Label} characters (it has {trimmed.Length}).";
        }
        else if (trimmed.Any(char.IsControl))
        {
            problems["label"] = "The label contains a line break or another control character; remove it.";
        }

        return trimmed;
    }

    /// <summary>Tags are trimmed and lower case, so "Q4" and "q4 " are one tag; repeats are dropped.</summary>
    public static IReadOnlyList<string> CleanTags(IReadOnlyList<string>? tags, Dictionary<string, string> problems)
    {
        var clean = (tags ?? []).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();
        if (clean.Count > LinkLimits.Tags)
        {
            problems["tags"] = $"A link can have up to {LinkLimits.Tags} tags (this one has {clean.Count}).";
        }
        else if (clean.FirstOrDefault(t => t.Length > LinkLimits.Tag) is { } tooLong)
        {
            problems["tags"] = $"Keep each tag to {LinkLimits.Tag} characters; \"{tooLong[..20]}…\" is longer.";
        }
        else if (clean.FirstOrDefault(t => t.Any(char.IsControl) || t.Contains(',')) is { } odd)
        {
            problems["tags"] = $"The tag \"{odd}\" contains a comma or a control character; tags are single words or short phrases.";
        }

        return clean;
    }
}
