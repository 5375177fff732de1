using Microsoft.AspNetCore.Components;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Links.Composition;
using UtmStudio.Features.Links.Templates;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Links.Builder;

/// <summary>
/// The UTM builder: a new link (from a campaign, ?campaign=…, or with a campaign picker) or an existing one to edit.
/// Every keystroke builds the link again with <see cref="LinkBuilder"/> — the same code the service saves with —
/// so the preview, its GA4 channel and the conventions' changes are what will be saved.
/// </summary>
public partial class LinkBuilderPage
{
    private LinkBuilderContext? _context;
    private LinkForm _form = new();
    private LinkBuild? _build;
    private LinkFieldErrors _errors = new();
    private LinkDetails? _editing;
    private LinkDetails? _duplicate;
    private IReadOnlyList<LinkTemplateView> _templates = [];
    private string? _pasteNotice;
    private bool _saving;

    [Parameter]
    public Guid? LinkId { get; set; }

    [SupplyParameterFromQuery(Name = "campaign")]
    public Guid? CampaignFromAddress { get; set; }

    [Inject]
    private LinkBuilderService Builder { get; set; } = null!;

    [Inject]
    private LinkService Links { get; set; } = null!;

    [Inject]
    private LinkTemplateService Templates { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    private bool IsEdit => LinkId is not null;

    private BuilderCampaign? SelectedCampaign => _context?.Campaigns.FirstOrDefault(c => c.Id == _form.CampaignId);

    private string BackHref => _editing is { } link ? DomainRoute.For(Domain, $"links/{link.Id}")
        : CampaignFromAddress is { } campaign ? DomainRoute.For(Domain, $"campaigns/{campaign}")
        : DomainRoute.For(Domain, "links");

    private string BackText => _editing is not null ? "Link" : CampaignFromAddress is not null ? "Campaign" : "Links";

    private string QrFileName => $"qr-{SelectedCampaign?.UtmCampaign ?? "link"}-{_build?.Values.Source ?? ""}".TrimEnd('-');

    protected override async Task LoadAsync()
    {
        _context = await Builder.GetContextAsync(Caller, Domain, CancellationToken.None);
        _templates = _context.Templates;
        _errors = new LinkFieldErrors();
        _duplicate = null;
        _pasteNotice = null;
        if (LinkId is { } id)
        {
            _editing = await Links.GetAsync(Caller, Domain, id, CancellationToken.None);
            _form = LinkForm.From(_editing.ToDraft());
        }
        else
        {
            _form = new LinkForm();
            var campaign = _context.Campaigns.FirstOrDefault(c => c.Id == CampaignFromAddress)
                ?? (_context.Campaigns.Count == 1 ? _context.Campaigns[0] : null);
            if (campaign is not null)
            {
                _form.StartWith(campaign);
            }
        }

        Rebuild();
    }

    private void Rebuild()
    {
        _build = _context is not null && SelectedCampaign is { } campaign
            ? LinkBuilder.Build(_form.ToDraft(), campaign.Utm, _context.DomainName, _context.Conventions)
            : null;
        var problems = new Dictionary<string, string>(_build?.Problems ?? new Dictionary<string, string>());
        if (SelectedCampaign is null)
        {
            problems["campaign"] = "Choose the campaign this link belongs to.";
        }

        _errors.Problems = problems;
    }

    private void FieldChanged(string field)
    {
        _errors.Touch(field);
        _duplicate = null;
        Rebuild();
    }

    /// <summary>A URL with utm_ parameters was pasted (or typed): its values fill the fields, the rest stays the landing page.</summary>
    private void LandingChanged(string? value)
    {
        _form.LandingUrl = value ?? "";
        if (value is not null && value.Contains("utm_", StringComparison.OrdinalIgnoreCase))
        {
            var parsed = UtmUrlParser.Parse(value);
            if (parsed.Fields != UtmFields.None)
            {
                _form.Fill(parsed);
                _pasteNotice = PasteNotices.Describe(parsed, SelectedCampaign);
            }
        }

        FieldChanged("url");
    }

    private void DismissPasteNotice() => _pasteNotice = null;

    private async Task SaveAsync()
    {
        _errors.ShowAll = true;
        Rebuild();
        if (_build is not { IsValid: true } build || SelectedCampaign is null)
        {
            return;
        }

        if (_editing is { } link && link.FullUrl != build.FullUrl && !await Dialogs.ConfirmAsync("Change this link?",
                "The link's URL changes to the one in the preview.",
                "Save the new URL",
                "Emails already sent, ads already live and anything printed keep the old URL with its old tags: they are not changed.",
                Color.Primary))
        {
            return;
        }

        _saving = true;
        try
        {
            if (_editing is { } current)
            {
                var saved = await Links.UpdateAsync(Caller, Domain, current.Id, _form.ToDraft(), current.Version, CancellationToken.None);
                Snackbar.Add("The link was saved.", Severity.Success);
                Navigation.NavigateTo(DomainRoute.For(Domain, $"links/{saved.Id}"));
                return;
            }

            var result = await Links.CreateAsync(Caller, Domain, _form.ToDraft(), CancellationToken.None);
            if (result.IsDuplicate)
            {
                _duplicate = result.Link;
                return;
            }

            Snackbar.Add("The link was saved. Copy it from here.", Severity.Success);
            Navigation.NavigateTo(DomainRoute.For(Domain, $"links/{result.Link.Id}"));
        }
        catch (LinkDuplicateProblem duplicate)
        {
            _duplicate = duplicate.Existing;
        }
        catch (LinkChangedProblem changed)
        {
            Snackbar.Add("Someone else changed this link meanwhile; it now shows their version. Make your change again.", Severity.Warning);
            _editing = changed.Current;
            _form = LinkForm.From(changed.Current.ToDraft());
            Rebuild();
        }
        catch (ValidationProblem problem) when (problem.Errors.Count > 0)
        {
            _errors.Problems = problem.Errors.ToDictionary(e => e.Key, e => e.Value[0]);
        }
        catch (Exception exception) when (ProblemMessage.For(exception) is { } message)
        {
            Snackbar.Add(message.Text, Severity.Error);
        }
        finally
        {
            _saving = false;
        }
    }

    private void ApplyTemplateAsync(LinkTemplateView template)
    {
        _form.Apply(template);
        _pasteNotice = null;
        Snackbar.Add($"Applied the template {template.Name}.", Severity.Info);
        FieldChanged("template");
    }

    private async Task SaveTemplateAsync(string name)
    {
        var saved = await Snackbar.TryAsync(async () =>
        {
            await Templates.SaveAsync(Caller, Domain, name, _form.ToDraft(), CancellationToken.None);
            _templates = (await Builder.GetContextAsync(Caller, Domain, CancellationToken.None)).Templates;
        });
        if (saved)
        {
            Snackbar.Add($"Saved the template {name.Trim()} for everyone in {Domain}.", Severity.Success);
        }
    }

    private async Task DeleteTemplateAsync(LinkTemplateView template)
    {
        if (await Snackbar.TryAsync(() => Templates.DeleteAsync(Caller, Domain, template.Id, CancellationToken.None)))
        {
            _templates = [.. _templates.Where(t => t.Id != template.Id)];
            Snackbar.Add($"Deleted the template {template.Name}.", Severity.Success);
        }
    }
}
