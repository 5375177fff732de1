using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Links.Bulk;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Tenancy;

namespace UtmStudio.Tests.Integration.Links;

/// <summary>Bulk links across tenants: B's manager can neither import into A nor put links under A's campaign.</summary>
public sealed class LinkBulkCrossTenantTests(TwoTenants world) : IClassFixture<TwoTenants>
{
    private static readonly CancellationToken None = AppServices.None;

    public static TheoryData<string> Operations => [.. Calls.Keys];

    private static Dictionary<string, Func<TwoTenants, Task>> Calls { get; } = new()
    {
        ["PreviewAsync(A)"] = w => w.App.LinkBulk.PreviewAsync(Person(w.BManager), w.A, w.ACampaignId, Rows(w.A), None),
        ["PreviewMatrixAsync(A)"] = w => w.App.LinkBulk.PreviewMatrixAsync(Person(w.BManager), w.A, Matrix(w.ACampaignId, w.A), None),
        ["ImportAsync(A)"] = w => w.App.LinkBulk.ImportAsync(Person(w.BManager), w.A, w.ACampaignId, Rows(w.A), null, None),
        ["ImportAsync(A, no campaign)"] = w => w.App.LinkBulk.ImportAsync(Person(w.BManager), w.A, null, Rows(w.A), null, None),
        ["PreviewAsync(B, A's campaign)"] = w => w.App.LinkBulk.PreviewAsync(Person(w.BManager), w.B, w.ACampaignId, Rows(w.B), None),
        ["PreviewMatrixAsync(B, A's campaign)"] = w => w.App.LinkBulk.PreviewMatrixAsync(Person(w.BManager), w.B, Matrix(w.ACampaignId, w.B), None),
        ["ImportAsync(B, A's campaign)"] = w => w.App.LinkBulk.ImportAsync(Person(w.BManager), w.B, w.ACampaignId, Rows(w.B), null, None),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Another_domains_manager_gets_not_found_and_changes_nothing(string operation)
    {
        var problem = await Assert.ThrowsAsync<NotFoundProblem>(() => Calls[operation](world));

        Assert.DoesNotContain(world.A, problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(world.ASnapshot, await world.Database.SnapshotAsync(world.A));
    }

    [Fact]
    public async Task A_campaign_named_in_a_row_is_looked_up_in_the_importers_own_domain_only()
    {
        // Both domains have a campaign called "Spring sale": B's row goes under B's, and A is unchanged.
        var rows = new[] { new BulkInputRow(2, $"https://{world.B}/bulk-x", "newsletter", "email", Campaign: "Spring sale") };

        var summary = await world.App.LinkBulk.ImportAsync(Person(world.BManager), world.B, null, rows, null, None);

        Assert.Equal(1, summary.Created);
        await using var db = world.Database.CreateOwnerContext();
        Assert.Equal(world.BCampaignId, (await db.Links.SingleAsync(l => l.LandingUrl == $"https://{world.B}/bulk-x")).CampaignId);
        Assert.Equal(world.ASnapshot, await world.Database.SnapshotAsync(world.A));
    }

    private static BulkInputRow[] Rows(string domain) => [new(2, $"https://{domain}/x", "intruder", "email")];

    private static BulkMatrix Matrix(Guid campaignId, string domain) => new(campaignId, $"https://{domain}/x", ["intruder"], ["email"], []);
}
