namespace UtmStudio.Features.Links.Channels;

/// <summary>
/// The channel the tags seem to ask for, the channels that would not surprise their author, and how to get the
/// expected one. Worked out from the medium first (it says what the link is for), then from the source.
/// </summary>
internal sealed record ChannelExpectation(Ga4Channel Expected, IReadOnlySet<Ga4Channel> Accepted, string Fix)
{
    private const string OffTheLists = " and a source that is not in Google's social, search, video or shopping lists";

    public static ChannelExpectation? For(TrafficTags tags)
    {
        var alias = SourceAliases.For(tags.Source);
        if (MediumHints.For(tags) is { } hint)
        {
            var expected = tags.IsPaidMedium ? hint.Paid : hint.Organic;
            var accepted = new HashSet<Ga4Channel> { hint.Paid, hint.Organic };
            if (hint.SiteDecides && tags.Category is { } category)
            {
                accepted.UnionWith(Channels(category));
            }

            var fix = tags.IsPaidMedium ? hint.PaidFix : hint.OrganicFix;
            return new ChannelExpectation(expected, accepted,
                alias is not null && Channels(alias.Category).Contains(expected) ? alias.Fix
                : !hint.SiteDecides && tags.Category is not null ? fix + OffTheLists
                : fix);
        }

        if (alias is not null)
        {
            return FromSite(tags, alias.Category, alias.Fix);
        }

        // A listed site with a medium that says nothing: the site's channel is what its author expects.
        return tags.Category is { } listed ? FromSite(tags, listed, "check the campaign name and the medium") : null;
    }

    private static ChannelExpectation FromSite(TrafficTags tags, Ga4SourceCategory category, string fix) =>
        new(tags.IsPaidMedium ? Ga4SourceCategoryText.Paid(category) : Ga4SourceCategoryText.Organic(category),
            Channels(category), fix);

    private static HashSet<Ga4Channel> Channels(Ga4SourceCategory category) =>
        [Ga4SourceCategoryText.Paid(category), Ga4SourceCategoryText.Organic(category)];
}
