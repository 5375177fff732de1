using System.Text.Json;
using System.Text.Json.Serialization;

namespace UtmStudio.Features.Api;

/// <summary>The API's JSON: camelCase names (the web default) and enum values in snake_case ("paid_social", "active").</summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
    }
}
