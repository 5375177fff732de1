using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Audit;

/// <summary>A domain with a manager (Ada) and a team member (Tom), made through the services, whose log a test then
/// arranges from scratch.</summary>
public sealed record AuditDomain(string Name, Guid Id, Guid Ada, Guid Tom)
{
    public static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static async Task<AuditDomain> CreateAsync(AppServices app, TestDatabase database, bool emptyLog = true)
    {
        var name = Unique.Domain("audit");
        var ada = await app.SignUpAsync(Unique.Email("ada", name), name);
        var tom = await app.AddMemberAsync(ada, name, Unique.Email("tom", name));
        var id = (await app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).Id;
        if (emptyLog)
        {
            await database.ClearAuditAsync(id);
        }

        return new AuditDomain(name, id, ada, tom);
    }

    /// <summary>Entries one minute apart, newest first from <paramref name="newest"/>, cycling through the actions.</summary>
    public static IEnumerable<ArrangedEntry> Minutes(int count, DateTimeOffset newest, Guid? actor, params string[] actions) =>
        Enumerable.Range(0, count).Select(i => new ArrangedEntry(actions[i % actions.Length], actor, newest.AddMinutes(-i)));
}
