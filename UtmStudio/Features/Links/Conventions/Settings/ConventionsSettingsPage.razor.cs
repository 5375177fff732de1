using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Links.Conventions.Settings;

/// <summary>
/// A domain's UTM conventions. Managers of an active domain edit them; everyone else sees the same page read-only
/// (the try-it box still works), because knowing the team's rules is how a member builds links that pass them.
/// Every change is validated at once with the service's own checks; saving first looks at the existing links and
/// asks when some don't follow the new rules (they keep their values).
/// </summary>
public partial class ConventionsSettingsPage
{
    /// <summary>Enough to see what a rule does; the count covers every link.</summary>
    private const int ListedLinks = 50;

    private static readonly IReadOnlyDictionary<string, string> NoProblems = new Dictionary<string, string>();

    private DomainConventions? _view;
    private ConventionsForm _form = new();
    private LinkConventions _current = LinkConventions.None;
    private IReadOnlyDictionary<string, string> _problems = NoProblems;
    private IReadOnlyDictionary<string, string> _serviceProblems = NoProblems;
    private BreakingLinksReport? _report;
    private LinkConventions? _reportFor;
    private DomainConventions? _conflict;
    private ProblemMessage? _saveProblem;
    private bool _checking;
    private bool _saving;

    [Inject]
    private LinkConventionsService Conventions { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    private bool Disabled => _view is not { CanEdit: true } || _saving;

    private bool IsDirty => _view is { CanEdit: true } view && _current != view.Conventions;

    private bool IsValid => _problems.Count == 0;

    private bool ReportIsStale => _report is not null && _reportFor != _current;

    /// <summary>The page's own checks, and what the service said on the last save for anything they did not catch.</summary>
    private IReadOnlyDictionary<string, string> Problems =>
        _serviceProblems.Count == 0 ? _problems : _serviceProblems.Concat(_problems).DistinctBy(p => p.Key).ToDictionary();

    private string? ReadOnlyReason => _view switch
    {
        null or { CanEdit: true } => null,
        { IsManager: false } v => $"Only managers of {v.DomainName} can change its conventions. They apply to every link you build, so here they are to read.",
        var v => $"{v.DomainName} is inactive, so its conventions can't be changed.",
    };

    protected override async Task LoadAsync()
    {
        _view = await Conventions.GetAsync(Caller, Domain, CancellationToken.None);
        Reset(_view.Conventions);
    }

    private void Reset(LinkConventions conventions)
    {
        _form = ConventionsForm.From(conventions);
        _report = null;
        _reportFor = null;
        _conflict = null;
        Changed();
    }

    private void Changed()
    {
        _current = _form.ToConventions();
        _problems = ConventionValidation.Validate(_current);
        _serviceProblems = NoProblems;
        _saveProblem = null;
    }

    private void Tidy()
    {
        _form.TidyLists();
        Changed();
    }

    private async Task CheckAsync()
    {
        var checking = _current;
        _checking = true;
        try
        {
            _saveProblem = await ProblemMessage.TryAsync(async () =>
            {
                _report = await Conventions.GetBreakingLinksAsync(Caller, Domain, checking, ListedLinks, CancellationToken.None);
                _reportFor = checking;
            });
        }
        finally
        {
            _checking = false;
        }
    }

    private void LoadTheirs()
    {
        _view = _conflict!;
        Reset(_view.Conventions);
    }

    private async Task DiscardAsync()
    {
        if (await Dialogs.ConfirmAsync("Discard your changes?", "The conventions go back to what was saved.", "Discard", color: Color.Warning))
        {
            Reset(_view!.Conventions);
        }
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (IsDirty && !await Dialogs.ConfirmAsync("Leave without saving?", "Your changes to the conventions are not saved.", "Leave", color: Color.Warning))
        {
            context.PreventNavigation();
        }
    }
}
