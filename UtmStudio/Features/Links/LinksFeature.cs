using UtmStudio.Features.Links.Templates;

namespace UtmStudio.Features.Links;

/// <summary>Links, their builder and templates (rule 7, docs/rules.md#r7).</summary>
public static class LinksFeature
{
    public static IServiceCollection AddLinksServices(this IServiceCollection services)
    {
        services.AddScoped<LinkService>();
        services.AddScoped<LinkBuilderService>();
        services.AddScoped<LinkTemplateService>();
        services.AddScoped<Lists.LinkListService>();
        services.AddScoped<Conventions.Settings.LinkConventionsService>();
        services.AddScoped<Bulk.LinkBulkService>();
        return services;
    }
}
