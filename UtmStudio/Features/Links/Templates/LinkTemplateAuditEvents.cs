using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Links.Templates;

public sealed record LinkTemplateSaved(Guid Template, string? Name) : IAuditEvent<LinkTemplateSaved>
{
    public static string Action => "link.template_saved";

    public AuditLine Describe(AuditPeople people) => new($"Saved the link template {Name}");
}

public sealed record LinkTemplateDeleted(Guid Template, string? Name) : IAuditEvent<LinkTemplateDeleted>
{
    public static string Action => "link.template_deleted";

    public AuditLine Describe(AuditPeople people) => new($"Deleted the link template {Name}");
}
