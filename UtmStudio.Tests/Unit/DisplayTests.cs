using System.Globalization;
using UtmStudio.Components.Shared;

namespace UtmStudio.Tests.Unit;

public sealed class DisplayTests
{
    private static readonly DateTimeOffset Afternoon = new(2026, 12, 1, 14, 5, 0, TimeSpan.Zero);

    [Fact]
    public void Dates_read_the_same_everywhere_day_month_in_words_year()
    {
        Assert.Equal("1 Dec 2026", Display.Date(Afternoon));
        Assert.Equal(Display.Date(Afternoon), Display.ShortDate(Afternoon));
        Assert.Equal("1 Dec 2026, 14:05 UTC", Display.DateTime(Afternoon));
    }

    [Fact]
    public void Times_are_shown_in_UTC_whatever_offset_they_carry()
    {
        // 00:30 in Berlin on 2 December is still 1 December in UTC.
        var berlin = new DateTimeOffset(2026, 12, 2, 0, 30, 0, TimeSpan.FromHours(1));

        Assert.Equal("1 Dec 2026", Display.Date(berlin));
        Assert.Equal("1 Dec 2026, 23:30 UTC", Display.DateTime(berlin));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void The_format_does_not_follow_the_current_culture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("1 Dec 2026", Display.Date(Afternoon));
            Assert.Equal("1 Dec 2026, 14:05 UTC", Display.DateTime(Afternoon));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_missing_date_is_a_dash()
    {
        Assert.Equal("—", Display.Date(null));
        Assert.Equal("—", Display.DateTime(null));
    }
}
