using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace UtmStudio.Features.Analytics.Dashboard;

/// <summary>
/// The range chips, the custom days and the bots switch. "Custom" opens the day picker on the days shown; the
/// address changes only once both days are chosen, so a half-picked range never loads a report.
/// </summary>
public partial class AnalyticsToolbar
{
    private const string Custom = "custom";

    private const string DateFormat = "d MMM yyyy";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private bool _customOpened;
    private DateRange? _dates;
    private AnalyticsFilter? _received;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Parameter, EditorRequired]
    public AnalyticsFilter Filter { get; set; } = AnalyticsFilter.Default;

    /// <summary>The days of the report shown, to start the custom picker on; null while the first report loads.</summary>
    [Parameter]
    public AnalyticsPeriod? Period { get; set; }

    private bool ShowCustom => _customOpened || Filter.Range.IsCustom;

    private string SelectedChip => ShowCustom ? Custom : ChipValue(Filter.Range.Days ?? 0);

    private DateTime Today => AnalyticsPeriod.Today(Time).ToDateTime(TimeOnly.MinValue);

    protected override void OnParametersSet()
    {
        if (_received != Filter)
        {
            // A new address (a chip, Back, a shared link): the picker shows its days, a preset closes it.
            _received = Filter;
            _customOpened = false;
            _dates = Filter.Range.IsCustom ? Dates(Filter.Range.From, Filter.Range.To) : _dates;
        }
    }

    private static string ChipValue(int days) => $"{days}d";

    private Task ChipChangedAsync(string? chip)
    {
        if (chip == Custom)
        {
            _customOpened = true;
            var period = Period ?? Filter.Range.Resolve(AnalyticsPeriod.Today(Time));
            _dates ??= Dates(period.From, period.To);
            return Task.CompletedTask;
        }

        var range = AnalyticsRange.FromQuery(chip, null, null);
        return range == Filter.Range ? Task.CompletedTask : GoAsync(Filter with { Range = range });
    }

    private Task DatesChangedAsync(DateRange? dates)
    {
        _dates = dates;
        if (dates is not { Start: { } start, End: { } end })
        {
            return Task.CompletedTask;
        }

        var range = AnalyticsRange.Between(DateOnly.FromDateTime(start), DateOnly.FromDateTime(end));
        return range == Filter.Range ? Task.CompletedTask : GoAsync(Filter with { Range = range });
    }

    private Task BotsChangedAsync(bool include) => include == Filter.IncludeBots ? Task.CompletedTask : GoAsync(Filter with { IncludeBots = include });

    private Task GoAsync(AnalyticsFilter filter)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(filter.ToQueryParameters()));
        return Task.CompletedTask;
    }

    private static DateRange Dates(DateOnly? from, DateOnly? to) => new(from?.ToDateTime(TimeOnly.MinValue), to?.ToDateTime(TimeOnly.MinValue));
}
