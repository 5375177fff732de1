using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// The CSV tab. The file is read once; the preview is asked for again when the columns or the campaign change (an
/// answer to an older change is dropped). The service's work runs off the circuit's thread, so the page keeps
/// answering, and progress comes back after every batch. Importing sends the mapped rows, which the service builds
/// again: what it creates is what it checked.
/// </summary>
public partial class BulkImportPanel
{
    private CsvTable? _table;
    private string? _fileName;
    private BulkColumnMapping _mapping = BulkColumnMapping.None;
    private Guid? _campaignId;
    private BulkPreview? _preview;
    private ProblemMessage? _problem;
    private ImportProgress? _progress;
    private BulkImportSummary? _summary;
    private bool _reading;
    private bool _checking;
    private bool _importing;
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

    private bool NamesCampaigns => _mapping.ColumnOf(BulkColumn.Campaign) is not null;

    private string ProblemsFileName => $"{Path.GetFileNameWithoutExtension(_fileName ?? "import")}-not-created.csv";

    protected override void OnInitialized() =>
        _campaignId = Context.Campaigns.FirstOrDefault(c => c.Id == InitialCampaign)?.Id ?? (Context.Campaigns.Count == 1 ? Context.Campaigns[0].Id : null);

    private async Task ReadAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        _reading = true;
        _problem = null;
        CsvTable? table = null;
        _problem = await ProblemMessage.TryAsync(async () =>
        {
            // Opening a larger file would throw the browser stream's own error, not a message for the person.
            if (file.Size > BulkCsvReader.MaxBytes)
            {
                throw BulkCsvReader.TooLarge();
            }

            await using var stream = file.OpenReadStream(BulkCsvReader.MaxBytes + 1);
            table = await Bulk.ReadCsvAsync(stream, CancellationToken.None);
        });
        _reading = false;
        if (table is not null)
        {
            (_table, _fileName, _mapping) = (table, file.Name, BulkColumnMapping.Guess(table.Header));
            await RefreshAsync();
        }
    }

    private Task MappingChangedAsync(BulkColumnMapping mapping) { _mapping = mapping; return RefreshAsync(); }

    private Task CampaignChangedAsync(Guid? id) { _campaignId = id; return RefreshAsync(); }

    private async Task RefreshAsync()
    {
        if (_table is not { } table)
        {
            return;
        }

        var version = ++_version;
        (_checking, _problem) = (true, null);
        var (rows, campaign) = (_mapping.Apply(table), _campaignId);
        BulkPreview? preview = null;
        var problem = await ProblemMessage.TryAsync(async () =>
            preview = await Task.Run(() => Bulk.PreviewAsync(Caller, Domain, campaign, rows, CancellationToken.None)));
        if (version == _version)
        {
            (_preview, _problem, _checking) = (preview, problem, false);
        }
    }

    private async Task ImportAsync()
    {
        if (_table is not { } table || _preview is not { Ready: > 0 })
        {
            return;
        }

        (_importing, _problem) = (true, null);
        var (rows, campaign) = (_mapping.Apply(table), _campaignId);
        _progress = new ImportProgress(0, rows.Count, 0, 0, 0);
        var progress = new Reporter(p => InvokeAsync(() => { _progress = p; StateHasChanged(); }));
        BulkImportSummary? summary = null;
        _problem = await ProblemMessage.TryAsync(async () =>
            summary = await Task.Run(() => Bulk.ImportAsync(Caller, Domain, campaign, rows, progress, CancellationToken.None)));
        _importing = false;
        if (summary is not null)
        {
            _summary = summary;
            Snackbar.Add($"Imported {summary.Created:N0} link{(summary.Created == 1 ? "" : "s")}.", Severity.Success);
        }
    }

    private void StartOver() => (_table, _fileName, _preview, _summary, _problem, _progress) = (null, null, null, null, null, null);

    private static string DelimiterName(char delimiter) => delimiter switch { ';' => "semicolons", '\t' => "tabs", _ => "commas" };

    /// <summary>Progress straight to the page (Progress&lt;T&gt; would post it to a context the service's thread does not have).</summary>
    private sealed class Reporter(Func<ImportProgress, Task> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => _ = report(value);
    }
}
