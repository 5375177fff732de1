using UtmStudio.Features.Audit;
using UtmStudio.Features.Subscription;
using UtmStudio.Features.Team;

namespace UtmStudio.Tests.Unit;

public sealed class AuditDescriptionsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Role_changes_name_the_member_and_the_roles()
    {
        var member = Guid.NewGuid();
        var row = new AuditRow(At, MemberRoleChanged.Action, "ada@acme.test", "Ada",
            $$"""{"after": "manager", "before": "team member", "member": "{{member}}"}""");

        var line = AuditDescriptions.Describe(row, new Dictionary<Guid, string> { [member] = "Grace (grace@acme.test)" });

        Assert.Equal("Made Grace (grace@acme.test) a manager", line.What);
        Assert.Equal("Was a team member", line.Details);
        Assert.Equal("Ada (ada@acme.test)", AuditDescriptions.Who(row));
    }

    [Theory]
    [InlineData("invitation.created", """{"email": "jane@acme.test", "role": "team member"}""", "Invited jane@acme.test as a team member", null)]
    [InlineData("domain.settings_changed", """{"defaultRedirectType": {"after": 301, "before": 302}}""", "Changed the default redirect type of short links", "302 → 301")]
    [InlineData("subscription.changed", """{"after": "Active", "before": "Trial"}""", "Changed the subscription from trial to active", null)]
    [InlineData("member.removed", """{"member": "00000000-0000-0000-0000-000000000001"}""", "Removed a former member from the team", null)]
    [InlineData("campaign.archived", """{"name": "Spring"}""", "campaign.archived", """{"name": "Spring"}""")]
    public void Actions_read_as_sentences(string action, string details, string what, string? more)
    {
        var line = AuditDescriptions.Describe(new AuditRow(At, action, "ada@acme.test", null, details));

        Assert.Equal(what, line.What);
        Assert.Equal(more, line.Details);
    }

    [Fact]
    public void Entries_without_a_person_were_made_by_UtmStudio()
    {
        var row = new AuditRow(At, TrialExpired.Action, null, null, """{"trialEndedAt": "2026-12-01T00:00:00Z"}""");

        Assert.Equal("UtmStudio", AuditDescriptions.Who(row));
        Assert.Contains("trial ended", AuditDescriptions.Describe(row).What, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_event_type_has_a_unique_stable_action_name()
    {
        var actions = AuditEventCatalog.All.Keys.ToList();

        Assert.All(actions, a => Assert.Matches("^[a-z][a-z_]*\\.[a-z][a-z_]*$", a));
        Assert.Contains("domain.deleted", actions);
        Assert.Contains("invitation.declined", actions);
        Assert.Contains("access_request.withdrawn", actions);
    }

    [Fact]
    public void Events_round_trip_through_their_recorded_details()
    {
        var member = Guid.NewGuid();
        var json = AuditEventCatalog.ToJson(new MemberRemoved(member, "grace@acme.test"));

        var read = Assert.IsType<MemberRemoved>(AuditEventCatalog.Read(MemberRemoved.Action, json));

        Assert.Equal(member, read.Member);
        Assert.Equal("Removed grace@acme.test from the team", read.Describe(AuditPeople.None).What);
    }
}
