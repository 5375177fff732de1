using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace UtmStudio.Features.Analytics.Dashboard;

/// <summary>
/// The series as MudChart draws it. Every point keeps its full label (the tooltip shows it), and CSS shows only every
/// n-th one under the axis, so 90 days never print 90 overlapping dates — fewer still on a phone.
/// </summary>
public partial class ClicksChart
{
    private const int LabelsOnWideScreens = 10;

    private const int LabelsOnPhones = 5;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private readonly string _id = "chart-" + Guid.NewGuid().ToString("N")[..8];
    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];
    private LineChartOptions _options = new();
    private AnalyticsReport? _drawn;
    private bool _table;

    [Parameter, EditorRequired]
    public AnalyticsReport Report { get; set; } = null!;

    private bool Hourly => Report.Period.Granularity == AnalyticsGranularity.Hour;

    private string Heading => Hourly ? "Clicks by hour" : "Clicks by day";

    private string TableId => _id + "-table";

    private string ChartClass => _id;

    /// <summary>What the chart shows, in one sentence, for screen readers.</summary>
    private string Summary => $"Line chart of clicks and unique clicks, {AnalyticsText.Period(Report.Period)}: " +
        $"{AnalyticsText.Clicks(Report.Totals.Clicks)}, {AnalyticsText.Number(Report.Totals.UniqueClicks)} unique.";

    private string LabelStyle
    {
        get
        {
            var wide = Step(LabelsOnWideScreens);
            var phone = Step(LabelsOnPhones);
            var selector = $".{ChartClass} .mud-charts-xaxis text";
            return $"{selector}:not(:nth-child({wide}n+1)) {{ display: none; }} " +
                $"@media (max-width: 599.98px) {{ {selector}:not(:nth-child({phone}n+1)) {{ display: none; }} }}";
        }
    }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_drawn, Report))
        {
            return;
        }

        _drawn = Report;
        var points = Report.Series;
        _labels = [.. points.Select(p => Hourly && Report.Period.Days == 1
            ? p.Start.UtcDateTime.ToString("HH:mm", English)
            : Hourly ? p.Start.UtcDateTime.ToString("d MMM HH:mm", English) : p.Start.UtcDateTime.ToString("d MMM", English))];
        _series =
        [
            Series("Clicks", points.Select(p => (double)p.Clicks)),
            Series("Unique clicks", points.Select(p => (double)p.UniqueClicks)),
        ];
        var max = points.Count == 0 ? 0 : points.Max(p => p.Clicks);
        _options = new LineChartOptions
        {
            // The theme's own colours, so the lines follow light and dark mode.
            ChartPalette = ["var(--mud-palette-primary)", "var(--mud-palette-secondary)"],
            YAxisTicks = NiceStep(max),
            MaxNumYAxisTicks = 8,
            YAxisFormat = "N0",
            InterpolationOption = InterpolationOption.Straight,
            LineStrokeWidth = 2,
            ShowDataMarkers = points.Count <= 31,
        };
    }

    private void ToggleTable() => _table = !_table;

    private static ChartSeries<double> Series(string name, IEnumerable<double> values) => new()
    {
        Name = name,
        Data = new ChartData<double>([.. values]),
        TooltipTitleFormat = "{{Y_VALUE}} " + name.ToLowerInvariant(),
        TooltipSubtitleFormat = "{{X_VALUE}}",
    };

    private int Step(int labels) => Math.Max(1, (int)Math.Ceiling(Report.Series.Count / (double)labels));

    /// <summary>A y-axis step of 1, 2 or 5 times a power of ten giving about five lines (MudChart's default is 20).</summary>
    internal static int NiceStep(long max)
    {
        var raw = Math.Max(1, max / 5.0);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var nice = (raw / magnitude) switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 5 => 5,
            _ => 10,
        };
        return (int)Math.Max(1, Math.Min(int.MaxValue, nice * magnitude));
    }
}
