namespace UtmStudio.Features.Shared;

/// <summary>
/// Text a person typed, made safe for SQL LIKE/ILIKE: % and _ are their own characters, not wildcards. Use with
/// <see cref="Escape"/> as the escape character (EF.Functions.ILike(column, pattern, LikePatterns.Escape)).
/// </summary>
public static class LikePatterns
{
    public const string Escape = @"\";

    /// <summary>"50%_off" matches exactly that, ignoring case with ILIKE.</summary>
    public static string Exact(string text) =>
        text.Replace(Escape, Escape + Escape, StringComparison.Ordinal).Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);

    /// <summary>Contains the text anywhere.</summary>
    public static string Containing(string text) => "%" + Exact(text) + "%";
}
