using UtmStudio.Components.Shared;

namespace UtmStudio.Features.Campaigns.Board;

/// <summary>A card's dates in words: the planned run when there is one, else when the campaign was created.</summary>
public static class CampaignDates
{
    public static string Describe(CampaignCard card) => (card.StartsOn, card.EndsOn) switch
    {
        ({ } start, { } end) => $"{Day(start)} – {Day(end)}",
        ({ } start, null) => $"From {Day(start)}",
        (null, { } end) => $"Until {Day(end)}",
        _ => $"Created {Display.Date(card.CreatedAt)}",
    };

    private static string Day(DateOnly day) => Display.Date(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
}
