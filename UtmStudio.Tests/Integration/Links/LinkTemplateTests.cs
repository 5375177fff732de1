using UtmStudio.Features.Links;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Links;

/// <summary>UTM templates: any member saves the builder's fields under a name for the domain; saving a name again replaces it.</summary>
public sealed class LinkTemplateTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private AppServices App => field ??= new(database);

    [Fact]
    public async Task A_member_saves_a_template_everyone_sees_in_the_builder_and_the_same_name_replaces_it()
    {
        var domain = await LinkDomain.CreateAsync(App);

        var saved = await App.LinkTemplates.SaveAsync(Person(domain.Tom), domain.Name, " LinkedIn ad ",
            domain.Draft() with { Source = "linkedin", Medium = "paid_social", Content = "  " }, AppServices.None);
        await App.LinkTemplates.SaveAsync(Person(domain.Ada), domain.Name, "linkedin AD",
            domain.Draft() with { Source = "linkedin", Medium = "cpc" }, AppServices.None);

        var templates = (await App.LinkBuilder.GetContextAsync(Person(domain.Ada), domain.Name, AppServices.None)).Templates;
        var only = Assert.Single(templates);
        Assert.Equal((saved.Id, "LinkedIn ad", "linkedin", "cpc", null), (only.Id, only.Name, only.Source, only.Medium, only.Content));
    }

    [Fact]
    public async Task A_template_without_a_name_or_with_a_too_long_value_is_refused_and_an_inactive_domain_saves_none()
    {
        var domain = await LinkDomain.CreateAsync(App);

        var unnamed = await Assert.ThrowsAsync<ValidationProblem>(() => App.LinkTemplates.SaveAsync(Person(domain.Tom), domain.Name, " ", domain.Draft(), AppServices.None));
        var tooLong = await Assert.ThrowsAsync<ValidationProblem>(() => App.LinkTemplates.SaveAsync(Person(domain.Tom), domain.Name, "Long",
            domain.Draft() with { Content = new string('c', 101) }, AppServices.None));
        await database.SetInactiveAsync(domain.Name);
        var readOnly = await Assert.ThrowsAsync<RuleProblem>(() => App.LinkTemplates.SaveAsync(Person(domain.Tom), domain.Name, "Any", domain.Draft(), AppServices.None));

        Assert.Contains("name", unnamed.Errors.Keys);
        Assert.Contains("utm_content", tooLong.Errors.Keys);
        Assert.Equal(ErrorCodes.DomainReadOnly, readOnly.Code);
    }

    [Fact]
    public async Task Any_member_deletes_a_template_and_it_is_recorded()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var saved = await App.LinkTemplates.SaveAsync(Person(domain.Ada), domain.Name, "Newsletter", domain.Draft(), AppServices.None);

        await App.LinkTemplates.DeleteAsync(Person(domain.Tom), domain.Name, saved.Id, AppServices.None);

        Assert.Empty((await App.LinkBuilder.GetContextAsync(Person(domain.Tom), domain.Name, AppServices.None)).Templates);
        await Assert.ThrowsAsync<NotFoundProblem>(() => App.LinkTemplates.DeleteAsync(Person(domain.Tom), domain.Name, saved.Id, AppServices.None));
        await using var db = database.CreateOwnerContext();
        Assert.Single(db.AuditLog.Where(a => a.Action == "link.template_deleted" && a.ActorUserId == domain.Tom));
    }
}
