using UtmStudio.Features.Campaigns.Targeting;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Campaigns;

/// <summary>
/// Checks a draft the way the database would, but with messages a marketer can act on, all fields at once
/// (field keys as the API names them: name, source, objective, description, endsOn, utmCampaign, utmId,
/// targeting.…). The database's lengths and unique indexes stay the last line.
/// </summary>
public static class CampaignValidation
{
    /// <summary>The draft trimmed, with its targeting as the JSON that is stored; or a <see cref="ValidationProblem"/>.</summary>
    public static (CampaignDraft Draft, string TargetingJson) Check(CampaignDraft draft)
    {
        var errors = new Dictionary<string, string[]>();
        var name = Required(draft.Name, "name", "a name", CampaignLimits.Name, errors);
        var source = Required(draft.Source, "source", "a source", CampaignLimits.Source, errors);
        var objective = Required(draft.Objective, "objective", "an objective", CampaignLimits.Objective, errors);
        var description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim();
        if (description?.Length > CampaignLimits.Description)
        {
            errors["description"] = [$"The description can be at most {CampaignLimits.Description} characters (it has {description.Length})."];
        }

        if (draft.StartsOn is { } start && draft.EndsOn is { } end && end < start)
        {
            errors["endsOn"] = ["The end date can't be before the start date."];
        }

        var utmCampaign = draft.UtmCampaign?.Trim() ?? "";
        if (UtmCampaignValue.Problem(utmCampaign, "utm_campaign") is { } utmProblem)
        {
            errors["utmCampaign"] = [utmProblem];
        }

        var utmId = string.IsNullOrWhiteSpace(draft.UtmId) ? null : draft.UtmId.Trim();
        if (utmId is not null && UtmIdProblem(utmId) is { } idProblem)
        {
            errors["utmId"] = [idProblem];
        }

        var targetingJson = TargetingJson.Serialize(draft.Targeting ?? TargetingCriteria.Empty);
        foreach (var (field, messages) in TargetingSchema.Validate(targetingJson))
        {
            errors[field] = messages;
        }

        if (errors.Count > 0)
        {
            var first = errors.First();
            throw new ValidationProblem(errors.Count == 1 ? first.Value[0] : $"{first.Value[0]} (and {errors.Count - 1} more to fix)", errors);
        }

        return (draft with
        {
            Name = name, Source = source, Objective = objective, Description = description, UtmCampaign = utmCampaign, UtmId = utmId,
        }, targetingJson);
    }

    /// <summary>GA4 takes any text as utm_id; we keep it to URL-safe characters so it survives every tool unencoded.</summary>
    private static string? UtmIdProblem(string value) =>
        value.Length > CampaignLimits.UtmValue ? $"The utm_id can be at most {CampaignLimits.UtmValue} characters (it has {value.Length})."
        : value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '~') ? null
        : "The utm_id can only use letters, digits and _ - . ~";

    private static string Required(string? value, string field, string what, int max, Dictionary<string, string[]> errors)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors[field] = [$"Enter {what}."];
        }
        else if (trimmed.Length > max)
        {
            errors[field] = [$"The {field} can be at most {max} characters (it has {trimmed.Length})."];
        }

        return trimmed;
    }
}
