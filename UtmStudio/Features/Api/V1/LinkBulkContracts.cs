using UtmStudio.Features.Links.Bulk;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Api.V1;

/// <summary>Links to create in one call: 1 to 1,000, each as createLink takes it.</summary>
public sealed record LinkBulkInput(IReadOnlyList<LinkInput>? Links)
{
    /// <summary>The items as rows of the bulk builder (LinkBulkService), numbered by their index.</summary>
    public IReadOnlyList<BulkInputRow> ToRows()
    {
        var links = Links ?? [];
        if (links.Count is 0 or > LinkBulkEndpoints.MaxItems)
        {
            throw ValidationProblem.ForField("links", $"Send 1 to {LinkBulkEndpoints.MaxItems:N0} links in one call; this had {links.Count:N0}.");
        }

        for (var i = 0; i < links.Count; i++)
        {
            if (links[i] is null)
            {
                throw ValidationProblem.ForField($"links[{i}]", "Each item is a link (an object), not null.");
            }
        }

        return [.. links.Select((l, i) => l.ToBulkRow(i))];
    }
}

/// <summary>What became of each link of a bulk call, in the order sent.</summary>
/// <param name="Created">How many links were created.</param>
/// <param name="Duplicates">How many were not, because a link with exactly their URL exists (an earlier item's, or one the domain had).</param>
/// <param name="Invalid">How many could not be saved as they were (see each item's errors).</param>
public sealed record LinkBulkResult(int Created, int Duplicates, int Invalid, IReadOnlyList<LinkBulkItem> Items);

/// <summary>One item of a bulk call.</summary>
/// <param name="Index">Its position in <c>links</c>, from 0.</param>
/// <param name="Link">created: the new link; duplicate: the link that has exactly this URL; invalid: null.</param>
/// <param name="Code">Null when created; link.duplicate; validation.failed, or not_found when campaignId names no campaign of the domain.</param>
/// <param name="Detail">Why it was not created, for people.</param>
/// <param name="Errors">invalid: the messages of each field, named as validation.failed names them (utm_source, url, campaignId, …).</param>
public sealed record LinkBulkItem(
    int Index, LinkBulkStatus Status, LinkResource? Link, string? Code, string? Detail, IReadOnlyDictionary<string, string[]>? Errors);

public enum LinkBulkStatus
{
    Created,
    Duplicate,
    Invalid,
}
