using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Idempotency;

namespace UtmStudio.Features.Api.Reference;

/// <summary>
/// The OpenAPI 3.1 document of /api/v1, generated from the endpoints themselves (Microsoft.AspNetCore.OpenApi):
/// what is mapped is what is documented. The transformers add what the endpoints' metadata cannot say by itself:
/// the Bearer scheme, the scopes, the Idempotency-Key and If-Match headers, the error codes and examples.
/// </summary>
public static class ApiDocument
{
    public const string Name = "v1";

    public const string BearerScheme = "bearer";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) => services.AddOpenApi(Name, options =>
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        options.ShouldInclude = description => ApiPaths.IsV1("/" + description.RelativePath);
        options.AddDocumentTransformer((document, context, _) =>
        {
            // The configured public address, never the request's Host (which the generator would use by default).
            var publicUrl = context.ApplicationServices.GetRequiredService<Shared.PublicUrl>();
            document.Servers = [new OpenApiServer { Url = publicUrl.BaseUri.ToString().TrimEnd('/'), Description = "This UtmStudio" }];
            document.Info = new OpenApiInfo
            {
                Title = "UtmStudio API",
                Version = "v1",
                Description = ApiDocumentText.Description,
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "utm_<prefix>_<secret>",
                Description = "An API key of one domain, created by a manager in the domain's settings (shown once).",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            {
                tag.Description ??= ApiDocumentText.Tags.GetValueOrDefault(tag.Name ?? "");
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<RequiredScopes>().LastOrDefault() is { } scopes)
            {
                operation.Description = $"Needs the scope {scopes.Describe()}. {operation.Description}".Trim();
                operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                operation.Extensions["x-required-scopes"] = new JsonNodeExtension(new System.Text.Json.Nodes.JsonArray([.. scopes.AnyOf.Select(s => System.Text.Json.Nodes.JsonValue.Create(s))]));
            }

            operation.Parameters ??= [];
            if (metadata.OfType<IdempotentEndpoint>().Any())
            {
                operation.Parameters.Add(Header(IdempotencyEndpoints.Header, false,
                    "Makes a retry safe: the same key and body within 24 hours gets the first answer again and creates nothing."));
            }

            var method = context.Description.HttpMethod;
            if (method is "PUT" || (method is "POST" && context.Description.RelativePath?.EndsWith("/status", StringComparison.Ordinal) == true))
            {
                operation.Parameters.Add(Header("If-Match", method is "PUT",
                    "The ETag you read. A newer version answers 412 precondition.failed with the resource as it is now."));
            }

            return Task.CompletedTask;
        });
        options.AddSchemaTransformer(ApiExamples.TransformAsync);
        options.AddSchemaTransformer(ApiProblemSchema.TransformAsync);
    });

    private static OpenApiParameter Header(string name, bool required, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}

/// <summary>The words of the document.</summary>
public static class ApiDocumentText
{
    /// <summary>One line per resource group (the endpoints' tags); redocly lint (ApiDocumentLintTests) wants each described.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>
    {
        ["Profile"] = "The API key itself: its domain, scopes and creator.",
        ["Domain"] = "The domain's settings (redirect type, query forwarding, UTM conventions), verification and subscription.",
        ["Team"] = "Members and invitations of the domain; managers' operations.",
        ["Campaigns"] = "Campaigns on the board: create, read, change, move between columns, delete.",
        ["Links"] = "UTM links and their short links: build, bulk create, preview, list with filters, export as CSV, change, delete, QR codes.",
        ["Templates"] = "UTM templates of the link builder: saved fields under a name, for the whole domain.",
        ["Analytics"] = "Clicks and unique clicks from the rollups: totals, series and breakdowns of a domain, a campaign or a link.",
    };

    public const string Description =
        "Campaigns and UTM links of one domain, for scripts and tools. Authenticate with `Authorization: Bearer <API key>`. " +
        "Errors are RFC 9457 problem details (application/problem+json) with a stable `code`; another domain's resources " +
        "are always 404. Lists are paged with `limit` and `cursor` (pass back `nextCursor`). Creates accept an `Idempotency-Key`; " +
        "changes take the ETag in `If-Match`. Rate limits per key are announced in `RateLimit-Limit`, `RateLimit-Remaining` and " +
        "`RateLimit-Reset`. The error codes are listed in docs/api.md.";
}
