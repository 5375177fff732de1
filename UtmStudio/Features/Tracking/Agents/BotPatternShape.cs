using System.Text;

namespace UtmStudio.Features.Tracking.Agents;

/// <summary>
/// What <see cref="BotPatterns"/> needs to know about one pattern to skip it cheaply: whether it can only match at
/// the start of the user agent, and a piece of text every match must contain. Read from the pattern's syntax
/// conservatively — when in doubt the answer is "not anchored, no literal", which only costs speed.
/// </summary>
internal readonly record struct BotPatternShape(bool Anchored, string? Literal)
{
    /// <summary>Shorter literals (";", "()") are in too many browser agents to be worth a look-up.</summary>
    public const int MinLiteralLength = 3;

    public static BotPatternShape Of(string pattern)
    {
        // Inline options could turn on IgnorePatternWhitespace (spaces stop being literal); isbot uses none.
        for (var at = pattern.IndexOf("(?", StringComparison.Ordinal); at >= 0; at = pattern.IndexOf("(?", at + 2, StringComparison.Ordinal))
        {
            if (at + 2 < pattern.Length && pattern[at + 2] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
            {
                return default;
            }
        }

        var depth = 0;
        var topLevelAlternation = false;
        var run = new StringBuilder();
        var best = "";
        var lastWasLiteral = false;

        void Flush()
        {
            if (run.Length > best.Length)
            {
                best = run.ToString();
            }

            run.Clear();
            lastWasLiteral = false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            char? literal = null;
            switch (c)
            {
                case '\\' when i + 1 < pattern.Length:
                    var next = pattern[++i];
                    if (!char.IsAsciiLetterOrDigit(next))
                    {
                        literal = next;
                    }
                    else
                    {
                        // \b \w \d \s …, or an escape with an argument (\x41, \u0041, \p{L}, \k<n>, \1): skip the
                        // argument's visible part; it is not literal text either way.
                        if (next is 'p' or 'P' or 'k' && i + 1 < pattern.Length && pattern[i + 1] is '{' or '<')
                        {
                            i = Math.Max(i, pattern.IndexOfAny(['}', '>'], i + 1));
                        }
                        else if (next is 'x')
                        {
                            i += 2;
                        }
                        else if (next is 'u')
                        {
                            i += 4;
                        }
                        else if (next is 'c')
                        {
                            i += 1;
                        }
                        else if (char.IsAsciiDigit(next))
                        {
                            while (i + 1 < pattern.Length && char.IsAsciiDigit(pattern[i + 1]))
                            {
                                i++;
                            }
                        }
                    }

                    break;
                case '[':
                    i = EndOfClass(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|':
                    topLevelAlternation |= depth == 0;
                    break;
                case '?' or '*' or '+' or '{':
                    // A quantifier makes the atom before it optional or repeated: that character is not required.
                    if (depth == 0 && lastWasLiteral && run.Length > 0)
                    {
                        run.Length--;
                    }

                    if (c == '{')
                    {
                        var close = pattern.IndexOf('}', i);
                        i = close < 0 ? pattern.Length : close;
                    }

                    break;
                case '.' or '^' or '$':
                    break;
                default:
                    literal = c;
                    break;
            }

            if (literal is { } text && depth == 0)
            {
                run.Append(text);
                lastWasLiteral = true;
            }
            else
            {
                Flush();
            }
        }

        Flush();
        if (topLevelAlternation || depth != 0)
        {
            return default;
        }

        var anchored = pattern.StartsWith('^');
        var usable = best.Length >= MinLiteralLength && Ascii.IsValid(best);
        return new BotPatternShape(anchored, usable ? best : null);
    }

    /// <summary>The index of the ']' closing the class that opens at <paramref name="start"/> ("[]a]" and "[^]a]" start with a literal ']').</summary>
    private static int EndOfClass(string pattern, int start)
    {
        var i = start + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }

        return pattern.Length;
    }
}
