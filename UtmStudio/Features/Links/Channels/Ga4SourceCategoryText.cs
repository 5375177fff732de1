namespace UtmStudio.Features.Links.Channels;

/// <summary>How the messages name Google's source lists, and the channels a listed site's visits belong in.</summary>
internal static class Ga4SourceCategoryText
{
    public static string Sites(Ga4SourceCategory category) => category switch
    {
        Ga4SourceCategory.Search => "search sites",
        Ga4SourceCategory.Social => "social sites",
        Ga4SourceCategory.Shopping => "shopping sites",
        Ga4SourceCategory.Video => "video sites",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a GA4 source category."),
    };

    public static Ga4Channel Paid(Ga4SourceCategory category) => category switch
    {
        Ga4SourceCategory.Search => Ga4Channel.PaidSearch,
        Ga4SourceCategory.Social => Ga4Channel.PaidSocial,
        Ga4SourceCategory.Shopping => Ga4Channel.PaidShopping,
        Ga4SourceCategory.Video => Ga4Channel.PaidVideo,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a GA4 source category."),
    };

    public static Ga4Channel Organic(Ga4SourceCategory category) => category switch
    {
        Ga4SourceCategory.Search => Ga4Channel.OrganicSearch,
        Ga4SourceCategory.Social => Ga4Channel.OrganicSocial,
        Ga4SourceCategory.Shopping => Ga4Channel.OrganicShopping,
        Ga4SourceCategory.Video => Ga4Channel.OrganicVideo,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a GA4 source category."),
    };
}
