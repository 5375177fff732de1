using Microsoft.EntityFrameworkCore;
using Npgsql;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Links.Templates;

/// <summary>
/// UTM templates: any member saves the builder's current fields under a name for the whole domain, and anyone
/// applies one with a click. Saving under an existing name replaces that template (the builder asks first).
/// Templates hold what was typed; conventions are applied when a link is built from them, as for typing.
/// </summary>
public sealed class LinkTemplateService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int NameLength = 100;

    /// <summary>The domain's templates by name (the builder reads them with its context; the API on their own).</summary>
    public async Task<IReadOnlyList<LinkTemplateView>> ListAsync(Caller caller, string domainName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        return await LinkTemplateQueries.ListAsync(db, access.Domain.Id, cancellationToken);
    }

    public async Task<LinkTemplateView> SaveAsync(Caller caller, string domainName, string name, LinkDraft fields, CancellationToken cancellationToken)
    {
        var clean = (name ?? "").Trim();
        if (clean.Length is 0 or > NameLength)
        {
            throw ValidationProblem.ForField("name", $"Give the template a name of 1 to {NameLength} characters.");
        }

        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireWritable(time);
        var lower = clean.ToLower();
        var template = await db.LinkTemplates.SingleOrDefaultAsync(t => t.DomainId == access.Domain.Id && t.Name.ToLower() == lower, cancellationToken);
        if (template is null)
        {
            template = new LinkTemplate { DomainId = access.Domain.Id, Name = clean, CreatedBy = access.Membership.UserId };
            db.LinkTemplates.Add(template);
        }

        template.LandingUrl = Keep(fields.LandingUrl, LinkLimits.Url, "landingUrl");
        template.UtmSource = Keep(fields.Source, LinkLimits.UtmValue, "utm_source");
        template.UtmMedium = Keep(fields.Medium, LinkLimits.UtmValue, "utm_medium");
        template.UtmContent = Keep(fields.Content, LinkLimits.UtmValue, "utm_content");
        template.UtmTerm = Keep(fields.Term, LinkLimits.UtmValue, "utm_term");
        template.UtmSourcePlatform = Keep(fields.SourcePlatform, LinkLimits.UtmValue, "utm_source_platform");
        template.UtmCreativeFormat = Keep(fields.CreativeFormat, LinkLimits.UtmValue, "utm_creative_format");
        template.UtmMarketingTactic = Keep(fields.MarketingTactic, LinkLimits.UtmValue, "utm_marketing_tactic");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new FieldRuleProblem(ErrorCodes.LinkTemplateNameTaken, "name", $"Someone just saved a template called {clean}. Choose another name or try again.");
        }

        await db.RecordAsync(access.Domain.Id, new LinkTemplateSaved(template.Id, template.Name), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await LinkTemplateQueries.ListAsync(db, access.Domain.Id, cancellationToken)).Single(t => t.Id == template.Id);
    }

    public async Task DeleteAsync(Caller caller, string domainName, Guid templateId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireWritable(time);
        var template = await db.LinkTemplates.SingleOrDefaultAsync(t => t.Id == templateId && t.DomainId == access.Domain.Id, cancellationToken)
            ?? throw new NotFoundProblem("That template");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.LinkTemplates.Remove(template);
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(access.Domain.Id, new LinkTemplateDeleted(template.Id, template.Name), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string? Keep(string? value, int limit, string field)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null
            : trimmed.Length <= limit ? trimmed
            : throw ValidationProblem.ForField(field, $"{field} can be at most {limit} characters in a template.");
    }
}
