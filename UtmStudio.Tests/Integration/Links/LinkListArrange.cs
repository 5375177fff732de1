using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Links;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Links;

/// <summary>
/// A domain with four links, one per day of March 2026 (UTC), made through the link service:
/// <list type="bullet">
/// <item>Mail: newsletter / email, content "hero banner", label "Spring mail", tags q2 and promo, by Tom, 1 Mar 10:00;</item>
/// <item>Search: google / cpc, term "running shoes", tag q2, by Ada, 2 Mar 09:00;</item>
/// <item>Carousel: Facebook / paid_social, content "Carousel_A", by Tom, 3 Mar 23:59:59;</item>
/// <item>Formula: linkedin / social in the campaign Autumn, a label that is a spreadsheet formula, tag "+1", by Ada, 4 Mar 00:00.</item>
/// </list>
/// </summary>
public sealed record LinkListDomain(LinkDomain Domain, Guid AutumnId, LinkDetails Mail, LinkDetails Search, LinkDetails Carousel, LinkDetails Formula)
{
    public const string FormulaLabel = "=HYPERLINK(\"https://evil.test\",\"Click\")";

    public string Name => Domain.Name;

    public IReadOnlyList<Guid> NewestFirst => [Formula.Id, Carousel.Id, Search.Id, Mail.Id];

    public static async Task<LinkListDomain> CreateAsync(AppServices app, TestDatabase database)
    {
        var domain = await LinkDomain.CreateAsync(app);
        var autumn = await app.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, CampaignArrange.Draft("Autumn"), AppServices.None);
        async Task<LinkDetails> Make(Guid by, LinkDraft draft, DateTimeOffset createdAt)
        {
            var link = (await app.Links.CreateAsync(Person(by), domain.Name, draft, AppServices.None)).Link;
            await using var db = database.CreateOwnerContext();
            await db.Links.Where(l => l.Id == link.Id).ExecuteUpdateAsync(l => l.SetProperty(x => x.CreatedAt, createdAt));
            return link with { CreatedAt = createdAt };
        }

        var mail = await Make(domain.Tom, domain.Draft("mail") with { Content = "hero banner", Label = "Spring mail", Tags = ["q2", "promo"] }, At(1, 10));
        var search = await Make(domain.Ada, domain.Draft("search") with { Source = "google", Medium = "cpc", Term = "running shoes", Tags = ["q2"] }, At(2, 9));
        var carousel = await Make(domain.Tom, domain.Draft("carousel") with { Source = "Facebook", Medium = "paid_social", Content = "Carousel_A" },
            At(3, 23, 59, 59));
        var formula = await Make(domain.Ada, domain.Draft("formula") with
        {
            CampaignId = autumn.Id, Source = "linkedin", Medium = "social", Label = FormulaLabel, Tags = ["+1"],
        }, At(4, 0));
        return new LinkListDomain(domain, autumn.Id, mail, search, carousel, formula);
    }

    private static DateTimeOffset At(int day, int hour, int minute = 0, int second = 0) => new(2026, 3, day, hour, minute, second, TimeSpan.Zero);
}
