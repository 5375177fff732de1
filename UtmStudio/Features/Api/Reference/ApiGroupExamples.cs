using UtmStudio.Data.Entities;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Api.V1;
using UtmStudio.Features.Links.Conventions;

namespace UtmStudio.Features.Api.Reference;

/// <summary>Examples of the domain, team (access requests too), analytics bodies (ApiExamples reads them with its own).</summary>
public static class ApiGroupExamples
{
    private static readonly Guid PersonId = Guid.Parse("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
    private static readonly Guid CampaignId = Guid.Parse("3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    private static readonly Guid LinkId = Guid.Parse("7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d");
    private static readonly DateTimeOffset At = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private static readonly LinkConventions Conventions = new()
    {
        Lowercase = true,
        Spaces = SpaceReplacement.Underscore,
        Sources = AllowedValues.Suggested("newsletter", "google", "facebook"),
        Mediums = AllowedValues.Closed("email", "cpc", "paid_social"),
        Dependencies = [new DependentRule("cpc", ["google", "bing"])],
        RequiredFields = ["utm_content"],
        MaxLength = 60,
    };

    private static readonly MemberResource Member = new(PersonId, "ada@acme.example", "Ada Lovelace", MemberRole.Manager, At);

    private static readonly InvitationResource Invitation = new(Guid.Parse("9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"), "grace@acme.example",
        MemberRole.TeamMember, "https://utmstudio.example/invitations/q1w2e3r4t5y6u7i8o9p0", At.AddDays(14), At, false, true);

    private static readonly AccessRequestResource AccessRequest = new(Guid.Parse("4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a"),
        Guid.Parse("6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c"), "alan@acme.example", "Alan Turing", At);

    private static readonly BreakdownResource TopCampaigns = new("campaign", "Campaign", 120, 0,
        [new BreakdownRowResource(CampaignId.ToString(), "Spring Sale", 120, 1, CampaignId, null, false)]);

    public static readonly IReadOnlyDictionary<Type, object> All = new Dictionary<Type, object>
    {
        [typeof(DomainResource)] = new DomainResource(Guid.Parse("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), "acme.example",
            new SubscriptionResource(SubscriptionStatus.Trial, At.AddDays(30)),
            new VerificationResource(true, "email", At, null, "_utmstudio.acme.example", null), 302, true, false, false, At),
        [typeof(DomainSettingsInput)] = new DomainSettingsInput(301, ForwardQueryParameters: true),
        [typeof(LinkConventions)] = Conventions,
        [typeof(ConventionsResource)] = new ConventionsResource(Conventions, true, "\"3141592653\""),
        [typeof(MemberResource)] = Member,
        [typeof(Page<MemberResource>)] = new Page<MemberResource>([Member], null),
        [typeof(MemberRoleInput)] = new MemberRoleInput(MemberRole.TeamMember),
        [typeof(InvitationResource)] = Invitation,
        [typeof(Page<InvitationResource>)] = new Page<InvitationResource>([Invitation], null),
        [typeof(AccessRequestResource)] = AccessRequest,
        [typeof(Page<AccessRequestResource>)] = new Page<AccessRequestResource>([AccessRequest], null),
        [typeof(InvitationInput)] = new InvitationInput("grace@acme.example", MemberRole.TeamMember),
        [typeof(AnalyticsResource)] = new AnalyticsResource("domain", null, "acme.example", null, null,
            new AnalyticsPeriodResource(new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 14), 7, AnalyticsGranularity.Day), false,
            new ClickTotalsResource(120, 97), new ClickTotalsResource(80, 71),
            [new ClickPointResource(At.Date, 18, 15)], TopCampaigns,
            new BreakdownResource("link", "Link", 120, 0, [new BreakdownRowResource(LinkId.ToString(), "April newsletter", 120, 1, LinkId, "Spring Sale", false)]),
            [new BreakdownResource("device", "Device", 120, 0, [new BreakdownRowResource("mobile", "Mobile", 84, 0.7, null, null, false),
                new BreakdownRowResource("desktop", "Desktop", 36, 0.3, null, null, false)])]),
    };
}
