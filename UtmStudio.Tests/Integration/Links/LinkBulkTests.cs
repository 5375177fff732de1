using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Bulk;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Links;

/// <summary>Bulk links (rule 7): CSV import and the matrix, built like single links, duplicates skipped, one audit entry.</summary>
public sealed class LinkBulkTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private AppServices App => field ??= new(database);

    [Fact]
    public async Task A_csv_of_good_and_bad_rows_creates_the_good_ones_and_says_why_each_other_row_was_not_created()
    {
        var domain = await LinkDomain.CreateAsync(App);
        await App.Links.CreateAsync(Person(domain.Ada), domain.Name, domain.Draft("spring"), AppServices.None);
        var d = domain.Name;
        var table = await ReadAsync($"""
            Landing Page,UTM Source,utm_medium,Content,Tags
            https://{d}/a,newsletter,email,hero,"q2, launch"
            https://evil.test/a,newsletter,email,,
            https://{d}/b,newsletter,,,
            https://{d}/c,{new string('x', 101)},email,,
            https://{d}/a,newsletter,email,hero,other
            https://{d}/spring,newsletter,email,,
            https://{d}/d?utm_source=linkedin&utm_medium=social,,,,
            """);

        var summary = await ImportAsync(domain, table);

        Assert.Equal((2, 2, 3), (summary.Created, summary.Duplicates, summary.Rejected));
        var why = summary.NotCreated.ToDictionary(r => r.RowNumber);
        Assert.Equal([3, 4, 5, 6, 7], why.Keys.Order());
        Assert.Equal($"Links of {d} go to {d} or one of its subdomains, not to evil.test.", why[3].Problems["url"]);
        Assert.Contains("utm_medium", why[4].Problems.Keys);
        Assert.Contains("at most 100 characters", why[5].Problems["utm_source"], StringComparison.Ordinal);
        Assert.Equal((BulkRowStatus.Duplicate, "The same link as row 2 (only that one is created)."), (why[6].Status, why[6].Reason));
        Assert.Equal("This exact link exists already, in the campaign Spring Sale.", why[7].Reason);

        await using var db = database.CreateOwnerContext();
        var links = await db.Links.Where(l => l.CampaignId == domain.CampaignId).OrderBy(l => l.FullUrl).ToListAsync();
        Assert.Equal(3, links.Count);
        var hero = links.Single(l => l.LandingUrl == $"https://{d}/a");
        Assert.Equal(($"https://{d}/a?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale&utm_content=hero", "email", domain.Ada),
            (hero.FullUrl, hero.Ga4Channel, hero.CreatedBy));
        Assert.Equal(["q2", "launch"], hero.Tags);
        Assert.Matches("^[A-Za-z0-9]{8}$", hero.ShortCode);
        var tagged = links.Single(l => l.LandingUrl == $"https://{d}/d");
        Assert.Equal(("linkedin", "social", "organic_social"), (tagged.UtmSource, tagged.UtmMedium, tagged.Ga4Channel));
        var imported = await db.AuditLog.SingleAsync(a => a.Action == "link.imported" && a.DomainName == d);
        Assert.Equal((2, 2, 3), Counts(imported.Details));
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "link.created" && a.DomainName == d)); // the one made by hand
    }

    [Fact]
    public async Task The_problems_csv_lists_each_row_not_created_with_its_outcome_and_reason()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var table = await ReadAsync($"url,source,medium\nhttps://{domain.Name}/a,news,email\nhttps://{domain.Name}/a,news,email\nhttps://{domain.Name}/b,=cmd(),\n");

        var summary = await ImportAsync(domain, table);
        var lines = Encoding.UTF8.GetString(BulkProblemsCsv.Write(summary.NotCreated)).TrimStart('\uFEFF').TrimEnd().Split("\r\n");

        Assert.Equal("row,outcome,reason,landing_url,utm_source,utm_medium,utm_content,utm_term,campaign,full_url", lines[0]);
        Assert.StartsWith("3,skipped as duplicate,The same link as row 2", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("4,rejected,", lines[2], StringComparison.Ordinal);
        Assert.Contains(",'=cmd(),", lines[2], StringComparison.Ordinal); // a formula in a cell is not run by the spreadsheet
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task Conventions_are_applied_to_every_imported_row_and_a_row_that_breaks_one_is_rejected()
    {
        var domain = await LinkDomain.CreateAsync(App);
        await database.SetConventionsAsync(domain.Name, """
            {"lowercase":true,"spaces":"underscore","mediums":{"values":[{"value":"email"},{"value":"cpc"}],"closedList":true},
             "dependencies":[{"medium":"cpc","sources":["google","bing"]}]}
            """);
        var d = domain.Name;
        var table = await ReadAsync($"landing_url,utm_source,utm_medium,utm_content\nhttps://{d}/a,Newsletter,Email,Spring Promo\nhttps://{d}/b,meta,cpc,\nhttps://{d}/c,newsletter,banner,\n");
        var rows = BulkColumnMapping.Guess(table.Header).Apply(table);

        var preview = await App.LinkBulk.PreviewAsync(Person(domain.Tom), d, domain.CampaignId, rows, AppServices.None);
        var summary = await App.LinkBulk.ImportAsync(Person(domain.Tom), d, domain.CampaignId, rows, null, AppServices.None);

        Assert.Equal($"https://{d}/a?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale&utm_content=spring_promo", preview.Rows[0].FullUrl);
        Assert.Equal([BulkRowStatus.Ready, BulkRowStatus.Rejected, BulkRowStatus.Rejected], preview.Rows.Select(r => r.Status));
        Assert.Contains("utm_source", preview.Rows[1].Problems.Keys);
        Assert.Contains("utm_medium", preview.Rows[2].Problems.Keys);
        Assert.Equal((1, 0, 2), (summary.Created, summary.Duplicates, summary.Rejected));
        Assert.Equal(preview.Rows[1].Reason, summary.NotCreated.Single(r => r.RowNumber == 3).Reason);
        await using var db = database.CreateOwnerContext();
        var link = await db.Links.SingleAsync(l => l.CampaignId == domain.CampaignId);
        Assert.Equal(("newsletter", "email", "spring_promo"), (link.UtmSource, link.UtmMedium, link.UtmContent));
    }

    [Fact]
    public async Task A_semicolon_file_with_a_byte_order_mark_is_read_with_its_quoted_cells_and_imported()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var text = $"\uFEFFutm_source;utm_medium;landing_url;label\r\nnewsletter;email;\"https://{domain.Name}/a?x=1;y=2\";Café – März\r\n\r\nlinkedin;social;https://{domain.Name}/b;\r\n";

        var table = await App.LinkBulk.ReadCsvAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), AppServices.None);
        var summary = await ImportAsync(domain, table);

        Assert.Equal(';', table.Delimiter);
        Assert.Equal(["utm_source", "utm_medium", "landing_url", "label"], table.Header);
        Assert.Equal([2, 4], table.Rows.Select(r => r.RowNumber));
        Assert.Equal(2, summary.Created);
        await using var db = database.CreateOwnerContext();
        var first = await db.Links.SingleAsync(l => l.CampaignId == domain.CampaignId && l.UtmSource == "newsletter");
        Assert.Equal(($"https://{domain.Name}/a?x=1;y=2", "Café – März"), (first.LandingUrl, first.Label));
    }

    [Fact]
    public async Task Each_row_may_name_its_campaign_by_name_or_utm_campaign_and_an_unknown_one_is_rejected()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var autumn = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, CampaignArrange.Draft("Autumn Deals"), AppServices.None);
        var d = domain.Name;
        var table = await ReadAsync($"campaign,url,source,medium\nautumn_deals,https://{d}/a,news,email\nspring sale,https://{d}/a,news,email\nWinter,https://{d}/a,news,email\n,https://{d}/b,news,email\n");

        var summary = await App.LinkBulk.ImportAsync(Person(domain.Tom), d, null, BulkColumnMapping.Guess(table.Header).Apply(table), null, AppServices.None);

        Assert.Equal((2, 0, 2), (summary.Created, summary.Duplicates, summary.Rejected));
        var why = summary.NotCreated.ToDictionary(r => r.RowNumber, r => r.Problems["campaign"]);
        Assert.StartsWith("There is no campaign \"Winter\"", why[4], StringComparison.Ordinal);
        Assert.StartsWith("Choose the campaign", why[5], StringComparison.Ordinal);
        await using var db = database.CreateOwnerContext();
        Assert.Equal(1, await db.Links.CountAsync(l => l.CampaignId == autumn.Id && l.UtmCampaign == "autumn_deals"));
        Assert.Equal(1, await db.Links.CountAsync(l => l.CampaignId == domain.CampaignId));
        var imported = await db.AuditLog.SingleAsync(a => a.Action == "link.imported" && a.DomainName == d);
        using var details = JsonDocument.Parse(imported.Details);
        Assert.Equal(JsonValueKind.Null, details.RootElement.GetProperty("campaign").ValueKind); // two campaigns: under neither
    }

    [Fact]
    public async Task The_matrix_preview_has_a_row_per_source_medium_and_content_with_its_channel_problems_and_duplicates()
    {
        var domain = await LinkDomain.CreateAsync(App);
        await database.SetConventionsAsync(domain.Name, """{"dependencies":[{"medium":"cpc","sources":["google"]}]}""");
        await App.Links.CreateAsync(Person(domain.Ada), domain.Name, domain.Draft("launch") with { Source = "google", Medium = "email", Content = "a" }, AppServices.None);
        var matrix = new BulkMatrix(domain.CampaignId, $"https://{domain.Name}/launch", ["google", "meta", " "], ["email", "cpc", "social"], ["a", "b", "a"]);

        var preview = await App.LinkBulk.PreviewMatrixAsync(Person(domain.Tom), domain.Name, matrix, AppServices.None);

        Assert.Equal((12, 12), (matrix.Count, preview.Rows.Count));
        Assert.Equal(Enumerable.Range(1, 12), preview.Rows.Select(r => r.RowNumber));
        Assert.Equal((9, 1, 2), (preview.Ready, preview.Duplicates, preview.Rejected));
        Assert.All(preview.Rows.Where(r => r.Input is { Source: "meta", Medium: "cpc" }), r => Assert.Contains("utm_source", r.Problems.Keys));
        Assert.Equal("This exact link exists already, in the campaign Spring Sale.", preview.Rows[0].Reason);
        Assert.Equal(Features.Links.Channels.Ga4Channel.PaidSearch, preview.Rows.Single(r => r.Input is { Source: "google", Medium: "cpc", Content: "b" }).Channel);

        var summary = await App.LinkBulk.ImportAsync(Person(domain.Tom), domain.Name, matrix.CampaignId, matrix.Expand(), null, AppServices.None);
        Assert.Equal((9, 1, 2), (summary.Created, summary.Duplicates, summary.Rejected));
    }

    [Fact]
    public async Task A_matrix_over_the_limit_is_refused_with_how_to_do_it_instead()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var many = Enumerable.Range(0, 10).Select(i => "v" + i).ToList();

        var problem = await Assert.ThrowsAsync<ValidationProblem>(() => App.LinkBulk.PreviewMatrixAsync(Person(domain.Tom), domain.Name,
            new BulkMatrix(domain.CampaignId, $"https://{domain.Name}/", many, many, many), AppServices.None));

        Assert.Contains("1000 links", problem.Message, StringComparison.Ordinal);
        Assert.Contains("import a CSV file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_writes_in_batches_and_reports_progress_after_each()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var rows = Enumerable.Range(2, 2500).Select(i => new BulkInputRow(i, $"https://{domain.Name}/p", "newsletter", "email", "c" + i)).ToList();
        var progress = new Recorded();

        var summary = await App.LinkBulk.ImportAsync(Person(domain.Tom), domain.Name, domain.CampaignId, rows, progress, AppServices.None);

        Assert.Equal(2500, summary.Created);
        Assert.Equal([0, 1000, 2000, 2500], progress.Reports.Select(p => p.Done));
        Assert.Equal(100, progress.Reports[^1].Percent);
        await using var db = database.CreateOwnerContext();
        Assert.Equal(2500, await db.Links.CountAsync(l => l.CampaignId == domain.CampaignId));
        Assert.Equal(2500, await db.Links.Where(l => l.CampaignId == domain.CampaignId).Select(l => l.ShortCode).Distinct().CountAsync());
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "link.imported" && a.DomainName == domain.Name));
    }

    [Fact]
    public async Task An_inactive_domain_imports_nothing_and_a_person_outside_the_domain_finds_nothing()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var rows = new[] { new BulkInputRow(2, $"https://{domain.Name}/a", "newsletter", "email") };
        var stranger = await App.SignInAsync(Unique.Email("stranger"));

        await Assert.ThrowsAsync<NotFoundProblem>(() => App.LinkBulk.ImportAsync(Person(stranger), domain.Name, domain.CampaignId, rows, null, AppServices.None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => App.LinkBulk.PreviewAsync(Person(stranger), domain.Name, domain.CampaignId, rows, AppServices.None));
        await database.SetInactiveAsync(domain.Name);
        await ProblemAssert.RefusedAsync(ErrorCodes.DomainReadOnly,
            () => App.LinkBulk.ImportAsync(Person(domain.Ada), domain.Name, domain.CampaignId, rows, null, AppServices.None));

        await using var db = database.CreateOwnerContext();
        Assert.Equal(0, await db.Links.CountAsync(l => l.CampaignId == domain.CampaignId));
    }

    [Fact]
    public async Task Files_too_big_too_long_or_not_utf8_are_refused_with_what_to_do()
    {
        var tooBig = new MemoryStream(new byte[BulkCsvReader.MaxBytes + 1]);
        var tooLong = new MemoryStream(Encoding.UTF8.GetBytes("url,source,medium\n" + string.Concat(Enumerable.Repeat("https://a.test/,s,m\n", BulkCsvReader.MaxRows + 1))));
        var latin1 = new MemoryStream([.. Encoding.ASCII.GetBytes("url,label\nhttps://a.test/,Caf"), 0xE9]);

        var big = await Assert.ThrowsAsync<ValidationProblem>(() => App.LinkBulk.ReadCsvAsync(tooBig, AppServices.None));
        var rows = await Assert.ThrowsAsync<ValidationProblem>(() => App.LinkBulk.ReadCsvAsync(tooLong, AppServices.None));
        var encoding = await Assert.ThrowsAsync<ValidationProblem>(() => App.LinkBulk.ReadCsvAsync(latin1, AppServices.None));

        Assert.Contains("larger than 5 MB", big.Message, StringComparison.Ordinal);
        Assert.Contains("more than 20,000 rows", rows.Message, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", encoding.Message, StringComparison.Ordinal);
        Assert.All(new[] { big, rows, encoding }, p => Assert.Equal(["file"], p.Errors.Keys));
    }

    private static (int, int, int) Counts(string details)
    {
        using var document = JsonDocument.Parse(details);
        var root = document.RootElement;
        return (root.GetProperty("created").GetInt32(), root.GetProperty("duplicates").GetInt32(), root.GetProperty("rejected").GetInt32());
    }

    private Task<CsvTable> ReadAsync(string text) => App.LinkBulk.ReadCsvAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), AppServices.None);

    private Task<BulkImportSummary> ImportAsync(LinkDomain domain, CsvTable table) =>
        App.LinkBulk.ImportAsync(Person(domain.Ada), domain.Name, domain.CampaignId, BulkColumnMapping.Guess(table.Header).Apply(table), null, AppServices.None);

    /// <summary>Progress as reported, in order, on the reporting thread (Progress&lt;T&gt; would post it elsewhere).</summary>
    private sealed class Recorded : IProgress<ImportProgress>
    {
        public List<ImportProgress> Reports { get; } = [];

        public void Report(ImportProgress value) => Reports.Add(value);
    }
}
