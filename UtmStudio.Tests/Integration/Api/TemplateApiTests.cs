using System.Net;
using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Api.V1;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>/api/v1/templates over HTTP: save, list, replace only when asked, delete; another domain's template is 404.</summary>
public sealed class TemplateApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Templates = "/api/v1/templates";

    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Create_list_replace_when_asked_and_delete()
    {
        var (domain, key) = await ArrangeAsync();
        var input = new TemplateInput(" Newsletter ", UtmSource: "Newsletter", UtmMedium: "email", UtmContent: " ");

        using var created = await _api.SendAsync(HttpMethod.Post, Templates, key, input);
        var template = await created.ReadAsync<TemplateResource>(HttpStatusCode.Created);
        using var taken = await _api.SendAsync(HttpMethod.Post, Templates, key, input with { Name = "NEWSLETTER", UtmMedium = "cpc" });
        using var replaced = await _api.SendAsync(HttpMethod.Post, Templates, key, input with { Name = "NEWSLETTER", UtmMedium = "cpc", Replace = true });
        using var list = await _api.SendAsync(HttpMethod.Get, Templates, key);
        using var deleted = await _api.SendAsync(HttpMethod.Delete, $"{Templates}/{template.Id}", key);
        using var again = await _api.SendAsync(HttpMethod.Delete, $"{Templates}/{template.Id}", key);

        Assert.Equal(("Newsletter", "Newsletter", "email", (string?)null), (template.Name, template.UtmSource, template.UtmMedium, template.UtmContent));
        Assert.Equal($"/api/v1/templates/{template.Id}", created.Headers.Location?.OriginalString);
        var problem = await taken.ProblemAsync(409, "link.template_name_taken");
        Assert.Equal("email", problem.GetProperty("existing").GetProperty("utmMedium").GetString());
        var saved = await replaced.ReadAsync<TemplateResource>();
        Assert.Equal((template.Id, "cpc"), (saved.Id, saved.UtmMedium));
        Assert.Equal([(template.Id, "cpc")], (await list.ReadAsync<Page<TemplateResource>>()).Items.Select(t => (t.Id, t.UtmMedium)));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await again.ProblemAsync(404, "not_found");
    }

    [Fact]
    public async Task A_retried_create_is_answered_once_and_a_name_is_required()
    {
        var (domain, key) = await ArrangeAsync();
        var idempotencyKey = Guid.NewGuid().ToString();
        var input = new TemplateInput("Paid search", UtmSource: "google", UtmMedium: "cpc");

        using var first = await _api.SendAsync(HttpMethod.Post, Templates, key, input, h => h.Add("Idempotency-Key", idempotencyKey));
        using var retry = await _api.SendAsync(HttpMethod.Post, Templates, key, input, h => h.Add("Idempotency-Key", idempotencyKey));
        using var nameless = await _api.SendAsync(HttpMethod.Post, Templates, key, input with { Name = "  " });
        using var tooLong = await _api.SendAsync(HttpMethod.Post, Templates, key, input with { Name = "t", UtmTerm = new string('x', 600) });

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(["name"], (await nameless.ProblemAsync(400, "validation.failed")).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["utm_term"], (await tooLong.ProblemAsync(400, "validation.failed")).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        await using var db = database.CreateOwnerContext();
        Assert.Equal(1, await db.LinkTemplates.CountAsync(t => db.Domains.Any(d => d.Id == t.DomainId && d.DomainName == domain.Name)));
    }

    [Fact]
    public async Task Another_domains_template_is_404_a_read_key_may_list_but_not_save_and_any_member_deletes()
    {
        var (domain, _) = await ArrangeAsync();
        var theirs = await App.LinkTemplates.SaveAsync(Person(domain.Ada), domain.Name, "Theirs", domain.Draft(), AppServices.None);
        var toms = await App.LinkTemplates.SaveAsync(Person(domain.Tom), domain.Name, "Tom's", domain.Draft(), AppServices.None);
        var other = await LinkDomain.CreateAsync(App);
        var otherKey = (await App.CreateKeyAsync(other.Ada, other.Name, "links")).Key;
        var readKey = (await App.CreateKeyAsync(domain.Ada, domain.Name, "read")).Key;

        using var foreign = await _api.SendAsync(HttpMethod.Delete, $"{Templates}/{theirs.Id}", otherKey);
        using var otherList = await _api.SendAsync(HttpMethod.Get, Templates, otherKey);
        using var read = await _api.SendAsync(HttpMethod.Get, Templates, readKey);
        using var refused = await _api.SendAsync(HttpMethod.Post, Templates, readKey, new TemplateInput("No"));

        await foreign.ProblemAsync(404, "not_found");
        Assert.Empty((await otherList.ReadAsync<Page<TemplateResource>>()).Items);
        Assert.Equal(["Theirs", "Tom's"], (await read.ReadAsync<Page<TemplateResource>>()).Items.Select(t => t.Name));
        await refused.ProblemAsync(403, "auth.scope_missing");
        var member = await App.MemberLevelKeyAsync(new Integration.Campaigns.CampaignDomain(domain.Name, domain.Ada, domain.Tom), "links");
        using var memberDeletes = await _api.SendAsync(HttpMethod.Delete, $"{Templates}/{toms.Id}", member);
        Assert.Equal(HttpStatusCode.NoContent, memberDeletes.StatusCode); // templates belong to the domain: any member deletes, as in the builder
    }

    private async Task<(LinkDomain Domain, string Key)> ArrangeAsync()
    {
        var domain = await LinkDomain.CreateAsync(App);
        return (domain, (await App.CreateKeyAsync(domain.Ada, domain.Name, "links")).Key);
    }
}
