using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace UtmStudio.Data.Configurations;

/// <summary>Stores an enum as the brief's snake_case text ('team_member'), not as a number.</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => ToDatabase(value),
    text => FromDatabase(text))
    where TEnum : struct, Enum
{
    public static string ToDatabase(TEnum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static TEnum FromDatabase(string text) =>
        Enum.Parse<TEnum>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    /// <summary>The SQL list of allowed values, for the CHECK constraint.</summary>
    public static string SqlValueList() =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(v => $"'{ToDatabase(v)}'"));
}
