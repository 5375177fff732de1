using Microsoft.AspNetCore.Components;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Features.Links.Details;

/// <summary>One link: its URL to copy, its GA4 channel, its values, its QR code; edit, and delete for its creator or a
/// manager. Another domain's link, or an unknown id, is the not-found page.</summary>
public partial class LinkPage
{
    private LinkDetails? _link;
    private bool _busy;

    [Parameter]
    public Guid LinkId { get; set; }

    [Inject]
    private Tracking.ShortLinkUrls ShortLinks { get; set; } = null!;

    [Inject]
    private LinkService Links { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    private string BackHref => _link is { } link ? DomainRoute.For(Domain, $"campaigns/{link.CampaignId}") : DomainRoute.For(Domain, "links");

    // The channel is worked out again from the values: the explanation and warning are for now, not stored.
    private ChannelPreview Channel => Ga4ChannelClassifier.Preview(_link!.Values.Source, _link.Values.Medium, _link.Values.Campaign, _link.Values.SourcePlatform);

    protected override async Task LoadAsync() => _link = await Links.GetAsync(Caller, Domain, LinkId, CancellationToken.None);

    private async Task DeleteAsync()
    {
        var link = _link!;
        if (!await Dialogs.ConfirmAsync("Delete this link?", "The link disappears from UtmStudio and its campaign.", "Delete link",
                "Copies already sent or printed keep their URL; with short links, its short link stops working."))
        {
            return;
        }

        _busy = true;
        if (await Snackbar.TryAsync(() => Links.DeleteAsync(Caller, Domain, link.Id, CancellationToken.None)))
        {
            Snackbar.Add("The link was deleted.", Severity.Success);
            Navigation.NavigateTo(DomainRoute.For(Domain, $"campaigns/{link.CampaignId}"));
        }

        _busy = false;
    }
}
