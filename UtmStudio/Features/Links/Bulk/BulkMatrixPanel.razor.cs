using Microsoft.AspNetCore.Components;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// The matrix tab. Each change asks the service for a fresh preview (it builds every combination with the domain's
/// conventions and looks for the links that exist); an answer to an older change is dropped. Creating sends the
/// combinations themselves, which the service builds again: what it creates is what it checked, not what the page showed.
/// </summary>
public partial class BulkMatrixPanel
{
    private static readonly IReadOnlyList<string> CommonMediums = ["cpc", "email", "social", "paid_social", "display", "referral", "affiliate"];

    private Guid? _campaignId;
    private string? _landing;
    private IReadOnlyList<string> _sources = [];
    private IReadOnlyList<string> _mediums = [];
    private IReadOnlyList<string> _contents = [];
    private BulkPreview? _preview;
    private ProblemMessage? _problem;
    private BulkImportSummary? _summary;
    private bool _checking;
    private bool _creating;
    private int _version;

    [Parameter, EditorRequired]
    public LinkBuilderContext Context { get; set; } = null!;

    [Parameter, EditorRequired]
    public Caller Caller { get; set; } = null!;

    [Parameter, EditorRequired]
    public string Domain { get; set; } = "";

    [Parameter]
    public Guid? InitialCampaign { get; set; }

    [Inject]
    private LinkBulkService Bulk { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    private bool ReadOnly => Context.IsReadOnly;

    private bool Busy => _creating || ReadOnly;

    private BulkMatrix Matrix => new(_campaignId ?? Guid.Empty, _landing, _sources, _mediums, _contents);

    private IReadOnlyList<string> SourceSuggestions => [.. Context.Conventions.Sources.Values.Select(v => v.Value)];

    private IReadOnlyList<string> MediumSuggestions =>
        Context.Conventions.Mediums.Values.Count > 0 ? [.. Context.Conventions.Mediums.Values.Select(v => v.Value)] : CommonMediums;

    private string CountText => Matrix.Count switch
    {
        0 => "No links yet",
        1 => "1 link",
        var n => $"{n} links ({Plural(_sources.Count, "source")} × {Plural(_mediums.Count, "medium")}" +
            (_contents.Count > 0 ? $" × {Plural(_contents.Count, "content")})" : ")"),
    };

    private string MissingText =>
        _campaignId is null ? "Choose a campaign to start."
        : string.IsNullOrWhiteSpace(_landing) ? "Enter the landing page every link goes to."
        : "Add at least one source and one medium: each combination becomes a link.";

    protected override async Task OnInitializedAsync()
    {
        var campaign = Context.Campaigns.FirstOrDefault(c => c.Id == InitialCampaign) ?? (Context.Campaigns.Count == 1 ? Context.Campaigns[0] : null);
        if (campaign is not null)
        {
            _campaignId = campaign.Id;
            _sources = string.IsNullOrWhiteSpace(campaign.Source) ? [] : [campaign.Source];
        }

        await RefreshAsync();
    }

    private Task CampaignChangedAsync(Guid? id) { _campaignId = id; return RefreshAsync(); }

    private Task LandingChangedAsync(string? value) { _landing = value; return RefreshAsync(); }

    private Task SourcesChangedAsync(IReadOnlyList<string> values) { _sources = values; return RefreshAsync(); }

    private Task MediumsChangedAsync(IReadOnlyList<string> values) { _mediums = values; return RefreshAsync(); }

    private Task ContentsChangedAsync(IReadOnlyList<string> values) { _contents = values; return RefreshAsync(); }

    private async Task RefreshAsync()
    {
        var version = ++_version;
        _problem = null;
        if (_campaignId is null || string.IsNullOrWhiteSpace(_landing) || Matrix.Count == 0)
        {
            _preview = null;
            return;
        }

        _checking = true;
        BulkPreview? preview = null;
        var problem = await ProblemMessage.TryAsync(async () => preview = await Bulk.PreviewMatrixAsync(Caller, Domain, Matrix, CancellationToken.None));
        if (version == _version)
        {
            (_preview, _problem, _checking) = (preview, problem, false);
        }
    }

    private async Task CreateAsync()
    {
        if (_campaignId is not { } campaignId || _preview is not { Ready: > 0 })
        {
            return;
        }

        _creating = true;
        try
        {
            BulkImportSummary? summary = null;
            _problem = await ProblemMessage.TryAsync(async () =>
                summary = await Bulk.ImportAsync(Caller, Domain, campaignId, Matrix.Expand(), null, CancellationToken.None));
            if (summary is not null)
            {
                _summary = summary;
                Snackbar.Add($"Created {summary.Created} link{(summary.Created == 1 ? "" : "s")}.", Severity.Success);
            }
        }
        finally
        {
            _creating = false;
        }
    }

    private async Task StartOver()
    {
        _summary = null;
        await RefreshAsync();
    }

    private static string Plural(int count, string word) => $"{count} {word}{(count == 1 ? "" : "s")}";
}
