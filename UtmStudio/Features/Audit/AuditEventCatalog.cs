using System.Reflection;
using System.Text.Json;

namespace UtmStudio.Features.Audit;

/// <summary>Every audit event type of the app, by its action name: found once, by reflection.</summary>
public static class AuditEventCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, Type>> Types = new(Discover);

    public static IReadOnlyDictionary<string, Type> All => Types.Value;

    public static string ActionOf<TEvent>()
        where TEvent : IAuditEvent<TEvent> => TEvent.Action;

    public static string ToJson<TEvent>(TEvent auditEvent)
        where TEvent : IAuditEvent<TEvent> => JsonSerializer.Serialize(auditEvent, JsonSerializerOptions.Web);

    /// <summary>The recorded event, or null for an action this version does not know or details it cannot read.</summary>
    public static IAuditEvent? Read(string action, string? details)
    {
        if (!All.TryGetValue(action, out var type))
        {
            return null;
        }

        try
        {
            return (IAuditEvent?)JsonSerializer.Deserialize(string.IsNullOrWhiteSpace(details) ? "{}" : details, type, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IReadOnlyDictionary<string, Type> Discover() =>
        typeof(AuditEventCatalog).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAuditEvent<>)))
            .ToDictionary(t => (string)t.GetProperty(nameof(IAuditEvent<>.Action), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);

}
