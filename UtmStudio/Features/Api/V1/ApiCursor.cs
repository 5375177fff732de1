using System.Buffers.Text;
using System.Globalization;
using System.Text;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Api.V1;

/// <summary>
/// The opaque <c>cursor</c> of a list: where the next page starts, as (created_at, id) of the last item. Clients pass
/// back <c>nextCursor</c> as it is; its content is not part of the contract.
/// </summary>
public static class ApiCursor
{
    public const int DefaultLimit = 25;

    public const int MaxLimit = 100;

    public static string Encode(DateTimeOffset createdAt, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{id:N}"));

    /// <summary>The position a cursor names; null without one; a validation problem for one this API did not give.</summary>
    public static (DateTimeOffset CreatedAt, Guid Id)? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks is >= 0 and <= 3155378975999999999 && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
            }
        }
        catch (FormatException)
        {
        }

        throw ValidationProblem.ForField("cursor", "This cursor was not given by this list: pass back nextCursor as it is.");
    }

    public static int Limit(int? limit) => limit switch
    {
        null => DefaultLimit,
        >= 1 and <= MaxLimit => limit.Value,
        _ => throw ValidationProblem.ForField("limit", $"A page holds 1 to {MaxLimit} items."),
    };
}

/// <summary>A page of a list: its items and the cursor of the next page (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
