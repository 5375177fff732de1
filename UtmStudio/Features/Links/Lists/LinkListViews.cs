namespace UtmStudio.Features.Links.Lists;

/// <summary>One page of a link list, newest first. <see cref="Total"/> counts every link the filter matches.</summary>
public sealed record LinkListPage(IReadOnlyList<LinkDetails> Rows, int Total, bool DomainHasLinks);

/// <summary>The values the list's filters offer, from the domain's own links.</summary>
public sealed record LinkListFacets(
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Mediums,
    IReadOnlyList<string> Tags,
    IReadOnlyList<LinkCreator> Creators,
    IReadOnlyList<BuilderCampaign> Campaigns);

public sealed record LinkCreator(Guid UserId, string Name);
