using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Tests.Unit.Links.Channels;

/// <summary>The channel names read exactly as GA4's reports print them.</summary>
public sealed class Ga4ChannelTextTests
{
    [Fact]
    public void Every_channel_has_its_own_name_as_google_spells_it()
    {
        var names = Enum.GetValues<Ga4Channel>().Select(Ga4ChannelText.Name).ToList();

        Assert.Equal(
            ["Direct", "Cross-network", "Paid Shopping", "Paid Search", "Paid Social", "Paid Video", "Display", "Paid Other",
             "Organic Shopping", "Organic Social", "Organic Video", "Organic Search", "Referral", "Email", "Affiliates",
             "Audio", "SMS", "Mobile Push Notifications", "Unassigned"],
            names);
    }

    [Fact]
    public void A_value_that_is_not_a_channel_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Ga4ChannelText.Name((Ga4Channel)99));
}
