using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Campaigns.Targeting;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using static UtmStudio.Tests.Integration.Campaigns.CampaignArrange;

namespace UtmStudio.Tests.Integration.Campaigns;

/// <summary>Every rule of a campaign's fields, refused by the service with the field named and nothing saved.</summary>
public sealed class CampaignValidationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private AppServices App => field ??= new(database);

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "no name", "name", "Enter a name." },
        { "a name of 256 characters", "name", "at most 255 characters" },
        { "no source", "source", "Enter a source." },
        { "a source of 101 characters", "source", "at most 100 characters" },
        { "no objective", "objective", "Enter an objective." },
        { "a description of 2001 characters", "description", "at most 2000 characters" },
        { "an end before the start", "endsOn", "The end date can't be before the start date." },
        { "no utm_campaign", "utmCampaign", "Enter the utm_campaign value." },
        { "utm_campaign with spaces and capitals", "utmCampaign", "only use lower-case letters, digits and _ - . ~ (not \"S\" spaces)" },
        { "utm_campaign of 101 characters", "utmCampaign", "at most 100 characters" },
        { "utm_id with a slash", "utmId", "The utm_id can only use letters, digits and _ - . ~" },
        { "an unknown country", "targeting.locations[0]", "XX" },
    };

    private static readonly Dictionary<string, Func<CampaignDraft, CampaignDraft>> Breaks = new()
    {
        ["no name"] = d => d with { Name = "  " },
        ["a name of 256 characters"] = d => d with { Name = new string('n', 256) },
        ["no source"] = d => d with { Source = "" },
        ["a source of 101 characters"] = d => d with { Source = new string('s', 101) },
        ["no objective"] = d => d with { Objective = " " },
        ["a description of 2001 characters"] = d => d with { Description = new string('d', 2001) },
        ["an end before the start"] = d => d with { StartsOn = new DateOnly(2026, 5, 2), EndsOn = new DateOnly(2026, 5, 1) },
        ["no utm_campaign"] = d => d with { UtmCampaign = "" },
        ["utm_campaign with spaces and capitals"] = d => d with { UtmCampaign = "Spring Sale" },
        ["utm_campaign of 101 characters"] = d => d with { UtmCampaign = new string('u', 101) },
        ["utm_id with a slash"] = d => d with { UtmId = "a/b" },
        ["an unknown country"] = d => d with { Targeting = TargetingCriteria.Empty with { Locations = ["XX"] } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Refuses(string what, string field, string message)
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var before = await database.SnapshotAsync(domain.Name);

        var problem = await Assert.ThrowsAsync<ValidationProblem>(
            () => App.Campaigns.CreateAsync(Person(domain.Tom), domain.Name, Breaks[what](Draft()), AppServices.None));

        Assert.Equal(ErrorCodes.ValidationFailed, problem.Code);
        Assert.Contains(message, Assert.Single(problem.Errors[field]), StringComparison.Ordinal);
        Assert.Equal(before, await database.SnapshotAsync(domain.Name));
    }

    [Fact]
    public async Task Several_mistakes_are_all_named_at_once()
    {
        var domain = await CampaignDomain.CreateAsync(App);

        var problem = await Assert.ThrowsAsync<ValidationProblem>(() => App.Campaigns.CreateAsync(
            Person(domain.Tom), domain.Name, Draft() with { Name = "", Source = "", UtmCampaign = "" }, AppServices.None));

        Assert.Equal(["name", "source", "utmCampaign"], problem.Errors.Keys.Order());
        Assert.Equal("Enter a name. (and 2 more to fix)", problem.Message);
    }

    [Fact]
    public async Task Values_are_saved_trimmed_and_an_empty_description_or_utm_id_is_none()
    {
        var domain = await CampaignDomain.CreateAsync(App);

        var saved = await App.Campaigns.CreateAsync(Person(domain.Tom), domain.Name,
            Draft("  Summer  ") with { Source = " google ", Objective = " leads ", Description = "   ", UtmId = " ", UtmCampaign = " summer " }, AppServices.None);

        Assert.Equal(("Summer", "google", "leads", null, null, "summer"),
            (saved.Name, saved.Source, saved.Objective, saved.Description, saved.UtmId, saved.UtmCampaign));
    }
}
