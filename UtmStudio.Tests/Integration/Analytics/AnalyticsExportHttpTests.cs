using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UtmStudio.Features.Analytics;
using UtmStudio.Tests.Infrastructure.Http;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Analytics;

/// <summary>
/// GET /d/{domain}/analytics/export.csv in a real Kestrel server, with the app's services over the clicks of
/// <see cref="AnalyticsWorld"/> on its clock: members get the view as CSV (BOM, header, one row per day or value),
/// anyone else the same 404 as for a domain that does not exist.
/// </summary>
public sealed class AnalyticsExportHttpTests(AnalyticsWorld world) : IClassFixture<AnalyticsWorld>, IAsyncLifetime
{
    private WebApplication? _server;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAppFeaturesForTests(world.Database, world.Clock, new RecordingEmailSender());
        builder.Services.AddAuthentication(HeaderAuthentication.Name).AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.Name, null);
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAnalyticsExport();
        await app.StartAsync();
        _server = app;
        _client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_member_downloads_the_clicks_per_day_as_a_spreadsheet_file()
    {
        using var response = await GetAsync(world.Domain.Tom, Path(AnalyticsScope.Domain, AnalyticsFilter.Default, AnalyticsExportEndpoint.SeriesView));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"clicks-{world.Name}-2026-11-01-to-2026-11-30.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = Read(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["day", "clicks", "unique_clicks"], rows[0]);
        Assert.Equal(31, rows.Count);
        Assert.Equal(["2026-11-01", "1", "1"], rows[1]);
        Assert.Equal(["2026-11-30", "4", "2"], rows[^1]);
        Assert.Equal(8, rows.Skip(1).Sum(r => int.Parse(r[1], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task One_day_is_exported_by_the_hour_and_bots_when_the_view_includes_them()
    {
        var today = new AnalyticsFilter(AnalyticsRange.Between(new(2026, 11, 30), new(2026, 11, 30)), IncludeBots: true);

        using var response = await GetAsync(world.Domain.Tom, Path(AnalyticsScope.Link(world.Mail.Id), today, AnalyticsExportEndpoint.SeriesView));
        var rows = Read(await response.Content.ReadAsStringAsync());

        Assert.Equal($"clicks-{world.Name}-link-2026-11-30-to-2026-11-30.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(["hour_utc", "clicks", "unique_clicks"], rows[0]);
        Assert.Equal(16, rows.Count - 1); // 00:00 to 15:00
        Assert.Equal([["2026-11-30 09:00", "2", "1"], ["2026-11-30 10:00", "1", "1"]], rows.Skip(1).Where(r => r[1] != "0"));
    }

    [Fact]
    public async Task The_breakdowns_export_has_every_value_of_every_dimension_with_names_and_shares()
    {
        using var response = await GetAsync(world.Domain.Tom, Path(AnalyticsScope.Campaign(world.SpringId), AnalyticsFilter.Default, AnalyticsExportEndpoint.BreakdownView));
        var rows = Read(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"breakdowns-{world.Name}-campaign-2026-11-01-to-2026-11-30.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(["dimension", "value", "name", "campaign", "clicks", "share_percent"], rows[0]);
        Assert.Equal(["Link", world.Mail.Id.ToString(), "Spring mail", "Spring Sale", "3", "50.0"], rows[1]);
        Assert.Contains(["Link", world.Deleted.Id.ToString(), "Deleted link", "", "1", "16.7"], rows);
        Assert.Contains(["Referrer", "", "Direct / none", "", "3", "50.0"], rows);
        Assert.Contains(["Country", "DE", "Germany", "", "2", "33.3"], rows);
        Assert.Contains(["QR code or link", "qr", "QR code", "", "2", "33.3"], rows);
        Assert.Equal(5, rows.Count(r => r[0] == "Country")); // DE, FR, US, NL and unknown
        Assert.DoesNotContain(rows, r => r[0] == "Campaign"); // a campaign's export has no campaign breakdown
    }

    [Fact]
    public async Task Someone_outside_the_domain_gets_not_found_and_nobody_signed_in_gets_no_file()
    {
        using var outside = await GetAsync(world.BManager, Path(AnalyticsScope.Domain, AnalyticsFilter.Default, AnalyticsExportEndpoint.SeriesView));
        using var foreignId = await GetAsync(world.BManager,
            AnalyticsExportEndpoint.PathFor(world.B, AnalyticsScope.Campaign(world.SpringId), AnalyticsFilter.Default, AnalyticsExportEndpoint.BreakdownView));
        using var anonymous = await _client.GetAsync(Path(AnalyticsScope.Domain, AnalyticsFilter.Default, AnalyticsExportEndpoint.SeriesView));

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignId.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_range_that_cannot_be_read_is_a_problem_not_a_file()
    {
        using var response = await GetAsync(world.Domain.Tom, $"/d/{world.Name}/analytics/export.csv?from=2026-11-30&to=2026-11-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("validation.failed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private string Path(AnalyticsScope scope, AnalyticsFilter filter, string view) => AnalyticsExportEndpoint.PathFor(world.Name, scope, filter, view);

    private Task<HttpResponseMessage> GetAsync(Guid userId, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(HeaderAuthentication.UserHeader, userId.ToString());
        return _client.SendAsync(request);
    }

    private static List<string[]> Read(string text)
    {
        using var csv = new CsvParser(new StringReader(text.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }

        return rows;
    }
}
