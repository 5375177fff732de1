using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace UtmStudio.Features.Api.Reference;

/// <summary>
/// The problem details schema as the API writes it: RFC 9457's members plus the extensions every answer carries
/// (ProblemDetailsMapping) — the stable <c>code</c> clients switch on, <c>errors</c> per field for
/// validation.failed, and the <c>traceId</c> to quote to support. Without them a generated client could not read
/// the code at all (it is what Kiota's and NSwag's models are made from).
/// </summary>
public static class ApiProblemSchema
{
    public static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))
        {
            return Task.CompletedTask;
        }

        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Stable error code, e.g. validation.failed, campaign.name_taken, concurrency.conflict (docs/api.md lists them).",
        };
        schema.Properties["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object | JsonSchemaType.Null,
            Description = "validation.failed: the messages of each field, by the field's name in the request.",
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
        };
        schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "Quote it when asking for help." };
        schema.Required ??= new HashSet<string>();
        schema.Required.Add("code");
        return Task.CompletedTask;
    }
}
