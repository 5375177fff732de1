using System.Text.Json;
using Json.Schema;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>
/// Validates targeting documents against the shipped JSON Schema (targeting-criteria.schema.json, embedded) plus the
/// checks a schema cannot make well: the country list, known languages, min ≤ max. Services call
/// <see cref="EnsureValid"/> on every write; the editor calls <see cref="Validate"/> as the user types.
/// </summary>
public static class TargetingSchema
{
    internal const string ResourceName = "UtmStudio.Targeting.targeting-criteria.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    private static readonly EvaluationOptions ListAllErrors = new() { OutputFormat = OutputFormat.List };

    /// <summary>The schema document as shipped.</summary>
    public static string Text => ReadResource();

    /// <summary>Field key ("targeting.locations[2]") to messages, in document order; empty when the document is valid.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json ?? string.Empty);
        }
        catch (JsonException)
        {
            return new Dictionary<string, string[]> { [TargetingLocation.RootKey] = [TargetingMessages.NotJson] };
        }

        using (document)
        {
            var errors = new TargetingErrors();
            AddSchemaErrors(document.RootElement, errors);
            TargetingRules.Check(document.RootElement, errors);
            return errors.ToDictionary();
        }
    }

    /// <summary>Refuses an invalid document with a <see cref="ValidationProblem"/> whose message names the first field.</summary>
    public static void EnsureValid(string json)
    {
        var errors = Validate(json);
        if (errors.Count > 0)
        {
            var first = errors.First().Value[0];
            // Messages about the whole document already start with "Targeting".
            var message = first.StartsWith("Targeting", StringComparison.Ordinal) ? first : $"Targeting: {first}";
            throw new ValidationProblem(message, errors);
        }
    }

    private static void AddSchemaErrors(JsonElement root, TargetingErrors errors)
    {
        var results = Schema.Value.Evaluate(root, ListAllErrors);
        if (results.IsValid)
        {
            return;
        }

        foreach (var detail in results.Details ?? [])
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                var at = TargetingLocation.At(root, detail.InstanceLocation.ToString());
                if (keyword == "uniqueItems")
                {
                    at = FirstDuplicate(root, at.Field);
                }

                var aboutPropertyName = detail.EvaluationPath.ToString().EndsWith("/propertyNames", StringComparison.Ordinal);
                errors.Add(at.Key, TargetingMessages.ForSchemaError(at, keyword, aboutPropertyName, message));
            }
        }
    }

    // The schema reports duplicates on the list; the field to fix is the repeated entry.
    private static TargetingLocation FirstDuplicate(JsonElement root, string field)
    {
        var items = TargetingLocation.ItemsOf(root, field).ToList();
        return items.Where((item, i) => items.Take(i).Any(earlier => JsonElement.DeepEquals(earlier.Value, item.Value))).First();
    }

    private static JsonSchema Load() =>
        // A registry of its own: the global one would refuse a second schema with the same $id (tests build again).
        JsonSchema.FromText(ReadResource(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static string ReadResource()
    {
        using var stream = typeof(TargetingSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
