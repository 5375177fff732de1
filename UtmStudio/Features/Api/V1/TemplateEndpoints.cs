using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Idempotency;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Features.Links.Templates;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Api.V1;

/// <summary>/api/v1/templates: the builder's UTM templates, through LinkTemplateService (any member saves and deletes).</summary>
public static class TemplateEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/templates").WithTags("Templates");
        templates.MapGet("/", ListAsync).WithName("listTemplates").WithSummary("List the domain's UTM templates by name")
            .RequireReadScope(ApiScopes.Links)
            .Produces<Page<TemplateResource>>().ProducesProblem(StatusCodes.Status403Forbidden);
        templates.MapPost("/", CreateAsync).WithName("createTemplate")
            .WithSummary("Save a UTM template (201; 200 when replace is true and it replaced one of the same name)")
            .RequireWriteScope(ApiScopes.Links).Idempotent()
            .Produces<TemplateResource>(StatusCodes.Status201Created).Produces<TemplateResource>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        templates.MapDelete("/{id:guid}", DeleteAsync).WithName("deleteTemplate").WithSummary("Delete a UTM template")
            .RequireWriteScope(ApiScopes.Links)
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(HttpContext http, LinkTemplateService templates, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var list = await templates.ListAsync(api.Caller, api.DomainName, cancellationToken);
        return TypedResults.Ok(new Page<TemplateResource>([.. list.Select(TemplateResource.From)], null));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, LinkTemplateService templates, TemplateInput input, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        // The builder asks before saving over a template of the same name; an API client says so with replace.
        var name = input.Name?.Trim() ?? "";
        var existing = (await templates.ListAsync(api.Caller, api.DomainName, cancellationToken))
            .FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        if (existing is not null && !input.Replace)
        {
            var details = ApiVersions.Problem(new FieldRuleProblem(ErrorCodes.LinkTemplateNameTaken, "name",
                $"There is a template called {existing.Name} already. Choose another name, or send replace: true to save over it."));
            details.Extensions[LinkEndpoints.ExistingKey] = TemplateResource.From(existing);
            return TypedResults.Problem(details);
        }

        var saved = TemplateResource.From(await templates.SaveAsync(api.Caller, api.DomainName, name, input.ToFields(), cancellationToken));
        return existing is null ? TypedResults.Created($"{ApiPaths.V1}/templates/{saved.Id}", saved) : TypedResults.Ok(saved);
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, LinkTemplateService templates, Guid id, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        await templates.DeleteAsync(api.Caller, api.DomainName, id, cancellationToken);
        return TypedResults.NoContent();
    }
}
