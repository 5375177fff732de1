using Microsoft.Extensions.Options;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Links;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Identity;

namespace UtmStudio.Features.Demo;

/// <summary>
/// Demo data for ./run.sh --demo (UTMSTUDIO_DEMO_DATA=true, Development only): when Ann signs in as
/// ann@demo-co.test the first time, her domain demo-co.test is set up with a dozen campaigns across the board, each with a few links.
/// Made through the services, like a person would, so it obeys every rule and shows up in the audit log. Done at
/// her sign-in rather than at start-up because only the sign-in knows her identity (issuer and subject). Then 90 days
/// of clicks (DemoClicks) are stored the way the click writer stores them.
/// </summary>
public sealed class DemoData(
    DomainService domains, CampaignService campaigns, LinkService links, ClickBatchWriter clicks, TimeProvider time,
    IOptions<DemoDataOptions> options, ILogger<DemoData> logger)
{
    public const string DomainName = "demo-co.test";

    public const string ManagerEmail = "ann@demo-co.test";

    public bool AppliesTo(string? email) =>
        options.Value.Enabled && string.Equals(email, ManagerEmail, StringComparison.OrdinalIgnoreCase);

    public async Task EnsureAsync(Guid userId, CancellationToken cancellationToken)
    {
        var ann = new Caller.User(userId);
        if ((await domains.ListMineAsync(ann, cancellationToken)).Any(d => d.Name == DomainName))
        {
            return; // set up at an earlier sign-in
        }

        try
        {
            await domains.CreateAsync(ann, DomainName, cancellationToken);
        }
        catch (AppProblem problem)
        {
            logger.LogWarning("Demo data skipped: {Domain} could not be created for {Email} ({Problem})", DomainName, ManagerEmail, problem.Message);
            return;
        }

        var made = new List<(LinkDetails Link, CampaignStatus Status)>();
        foreach (var (draft, status) in DemoCampaigns.All)
        {
            var created = await campaigns.CreateAsync(ann, DomainName, draft, cancellationToken);
            foreach (var link in DemoLinks.For(created.Id, created.UtmCampaign, created.Source))
            {
                made.Add(((await links.CreateAsync(ann, DomainName, link, cancellationToken)).Link, status));
            }

            if (status != CampaignStatus.Active)
            {
                await campaigns.ChangeStatusAsync(ann, DomainName, created.Id, status, created.Version, cancellationToken);
            }
        }

        var domainId = (await domains.GetSettingsAsync(ann, DomainName, cancellationToken)).Id;
        var clickCount = 0;
        foreach (var batch in DemoClicks.For(made, domainId, time.GetUtcNow()).Chunk(5_000))
        {
            await clicks.WriteAsync(batch, cancellationToken); // as the click writer would have, day by day
            clickCount += batch.Length;
        }

        logger.LogInformation("Demo data: {Domain} with {Count} campaigns and {Clicks} clicks over 90 days for {Email}",
            DomainName, DemoCampaigns.All.Count, clickCount, ManagerEmail);
    }
}
