using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace UtmStudio.Features.Links.Conventions;

/// <summary>The jsonb form: camelCase properties, the space rule as a word ("underscore").</summary>
public sealed partial record LinkConventions
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        // A number for the space rule would read as an enum value that does not exist; only the words are accepted.
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },

        // Non-ASCII values (descriptions, "café") stay readable in the database.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>
    /// Reads a stored document. Null, blank or unreadable text (not JSON, not an object, a wrong type) reads as
    /// <see cref="None"/>; unknown properties are skipped, missing ones take their defaults.
    /// </summary>
    public static LinkConventions FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return None;
        }

        try
        {
            return JsonSerializer.Deserialize<LinkConventions>(json, JsonOptions) ?? None;
        }
        catch (JsonException)
        {
            return None;
        }
    }
}
