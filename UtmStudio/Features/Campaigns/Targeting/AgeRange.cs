namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>An age range in whole years; either end may be open.</summary>
public sealed record AgeRange(int? Min, int? Max)
{
    public bool IsEmpty => Min is null && Max is null;
}
