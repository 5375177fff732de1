using System.Text.Encodings.Web;
using System.Text.Json;

namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>
/// Reads and writes the documented JSON shape (targeting-criteria.schema.json). Writing is faithful (no clean-up):
/// whatever is written is then validated by <see cref="TargetingSchema"/>, so bad input is refused, not repaired.
/// </summary>
public static class TargetingJson
{
    // Non-ASCII text (audience tags, custom values) stays readable in the database.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>camelCase, parts in the schema's order, empty parts left out: <see cref="TargetingCriteria.Empty"/> is "{}".</summary>
    public static string Serialize(TargetingCriteria criteria)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            WriteList(writer, "locations", criteria.Locations);
            WriteList(writer, "languages", criteria.Languages);
            WriteAgeRange(writer, criteria.AgeRange);
            WriteList(writer, "audiences", criteria.Audiences);
            WriteList(writer, "devices", criteria.Devices);
            if (criteria.Custom.Count > 0)
            {
                writer.WriteStartObject("custom");
                foreach (var (key, value) in criteria.Custom)
                {
                    writer.WriteString(key, value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Reads a stored document. Tolerant, because rows written before the schema hold "{}": missing parts (and a blank
    /// text) read as empty, unknown properties and values of the wrong type are skipped.
    /// </summary>
    public static TargetingCriteria Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return TargetingCriteria.Empty;
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return TargetingCriteria.Empty;
        }

        return new TargetingCriteria(
            ReadList(root, "locations"),
            ReadList(root, "languages"),
            ReadAgeRange(root),
            ReadList(root, "audiences"),
            ReadList(root, "devices"),
            ReadCustom(root));
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteAgeRange(Utf8JsonWriter writer, AgeRange? range)
    {
        if (range is null || range.IsEmpty)
        {
            return;
        }

        writer.WriteStartObject("ageRange");
        if (range.Min is { } min)
        {
            writer.WriteNumber("min", min);
        }

        if (range.Max is { } max)
        {
            writer.WriteNumber("max", max);
        }

        writer.WriteEndObject();
    }

    private static string[] ReadList(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    private static AgeRange? ReadAgeRange(JsonElement root)
    {
        if (!root.TryGetProperty("ageRange", out var range) || range.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var read = new AgeRange(ReadAge(range, "min"), ReadAge(range, "max"));
        return read.IsEmpty ? null : read;
    }

    // JSON Schema's "integer" also accepts 18.0, so read through decimal.
    private static int? ReadAge(JsonElement range, string name) =>
        range.TryGetProperty(name, out var age) && age.ValueKind == JsonValueKind.Number && age.TryGetDecimal(out var value)
            && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : null;

    private static Dictionary<string, string> ReadCustom(JsonElement root)
    {
        var custom = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("custom", out var pairs) && pairs.ValueKind == JsonValueKind.Object)
        {
            foreach (var pair in pairs.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                custom[pair.Name] = pair.Value.GetString()!;
            }
        }

        return custom;
    }
}
