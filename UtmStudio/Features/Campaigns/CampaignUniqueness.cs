using Microsoft.EntityFrameworkCore;
using Npgsql;
using UtmStudio.Data;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Campaigns;

/// <summary>
/// A campaign's name (ignoring case), utm_campaign and utm_id are each unique in its domain. Checked first, to
/// name the campaign that has it; the unique indexes catch two saves at the same moment, with the same message.
/// </summary>
internal static class CampaignUniqueness
{
    public static async Task EnsureAsync(AppDbContext db, Guid domainId, CampaignDraft draft, Guid? exceptId, CancellationToken cancellationToken)
    {
        var others = db.Campaigns.AsNoTracking().Where(c => c.DomainId == domainId && c.Id != exceptId);
        var lowerName = draft.Name.ToLower();
        if (await others.Where(c => c.Name.ToLower() == lowerName).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) is { } name)
        {
            throw NameTaken(name);
        }

        if (await others.Where(c => c.UtmCampaign == draft.UtmCampaign).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) is { } withUtm)
        {
            throw UtmCampaignTaken(draft.UtmCampaign, withUtm);
        }

        if (draft.UtmId is { } utmId
            && await others.Where(c => c.UtmId == utmId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) is { } withId)
        {
            throw UtmIdTaken(utmId, withId);
        }
    }

    /// <summary>SaveChanges, with a unique index's refusal (a save at the same moment) told as the rule it protects.</summary>
    public static async Task SaveAsync(AppDbContext db, CampaignDraft draft, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            throw unique.ConstraintName switch
            {
                "ux_campaigns_domain_name" => NameTaken(draft.Name),
                "ux_campaigns_domain_utm_campaign" => UtmCampaignTaken(draft.UtmCampaign, null),
                "ux_campaigns_domain_utm_id" => UtmIdTaken(draft.UtmId ?? "", null),
                _ => exception,
            };
        }
    }

    private static AppProblem NameTaken(string existing) =>
        new FieldRuleProblem(ErrorCodes.CampaignNameTaken, "name", $"There is already a campaign called {existing} in this domain. Choose another name.");

    private static AppProblem UtmCampaignTaken(string value, string? campaign) =>
        new FieldRuleProblem(ErrorCodes.CampaignUtmCampaignTaken, "utmCampaign",
            $"utm_campaign={value} is already used by {(campaign is null ? "another campaign" : "the campaign " + campaign)}; " +
            "reports would merge the two. Choose another value.");

    private static AppProblem UtmIdTaken(string value, string? campaign) =>
        new FieldRuleProblem(ErrorCodes.CampaignUtmIdTaken, "utmId",
            $"utm_id={value} is already used by {(campaign is null ? "another campaign" : "the campaign " + campaign)}. Choose another ID.");
}
