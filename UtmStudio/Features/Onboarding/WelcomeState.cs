using UtmStudio.Features.Team;

namespace UtmStudio.Features.Onboarding;

/// <summary>What the welcome page shows: invitations to answer, requests waiting, requests declined.</summary>
public sealed record WelcomeState(
    IReadOnlyList<MyInvitation> Invitations,
    IReadOnlyList<MyAccessRequest> Requests,
    IReadOnlyList<DeclinedAccessRequest> Declined);
