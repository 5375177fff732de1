using UtmStudio.Components.Shared;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Features.Campaigns.Editing;

/// <summary>One field that differs between what the person wanted and what is stored now, in words.</summary>
public sealed record CampaignDifference(string Field, string Mine, string Stored);

/// <summary>What the conflict dialog lists: only the fields that differ, in the order the form shows them.</summary>
public static class CampaignDifferences
{
    public static IReadOnlyList<CampaignDifference> Between(CampaignDraft mine, CampaignStatus? myStatus, CampaignDetails stored)
    {
        var theirs = stored.ToDraft();
        var differences = new List<CampaignDifference>();
        void Compare(string field, string? a, string? b)
        {
            var (left, right) = (Shown(a), Shown(b));
            if (left != right)
            {
                differences.Add(new CampaignDifference(field, left, right));
            }
        }

        Compare("Name", mine.Name, theirs.Name);
        if (myStatus is { } status)
        {
            Compare("Status", CampaignStatusText.Of(status), CampaignStatusText.Of(stored.Status));
        }

        Compare("Source", mine.Source, theirs.Source);
        Compare("Objective", mine.Objective, theirs.Objective);
        Compare("Description", mine.Description, theirs.Description);
        Compare("Starts on", Day(mine.StartsOn), Day(theirs.StartsOn));
        Compare("Ends on", Day(mine.EndsOn), Day(theirs.EndsOn));
        Compare("utm_campaign", mine.UtmCampaign, theirs.UtmCampaign);
        Compare("utm_id", mine.UtmId, theirs.UtmId);
        Compare("Targeting", Describe(mine.Targeting), Describe(theirs.Targeting));
        return differences;
    }

    /// <summary>Targeting in one line ("Locations: Germany, France · Devices: Mobile").</summary>
    public static string Describe(TargetingCriteria? criteria)
    {
        if (criteria is null || criteria.IsEmpty)
        {
            return "Anyone";
        }

        var parts = new List<string>();
        void Add(string label, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0)
            {
                parts.Add($"{label}: {string.Join(", ", list)}");
            }
        }

        Add("Locations", criteria.Locations.Select(Countries.NameOf));
        Add("Languages", criteria.Languages.Select(Languages.NameOf));
        if (criteria.AgeRange is { IsEmpty: false } age)
        {
            parts.Add($"Ages: {age.Min?.ToString() ?? "any"}–{age.Max?.ToString() ?? "any"}");
        }

        Add("Audiences", criteria.Audiences);
        Add("Devices", criteria.Devices.Select(TargetingDevices.Label));
        Add("Custom", criteria.Custom.Select(pair => $"{pair.Key}={pair.Value}"));
        return string.Join(" · ", parts);
    }

    // Blank and missing read the same: "—", as everywhere else on the pages.
    private static string Shown(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value.Trim();

    private static string? Day(DateOnly? day) => day is { } d ? Display.Date(new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) : null;
}
