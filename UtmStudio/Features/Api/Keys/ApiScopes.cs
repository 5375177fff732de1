namespace UtmStudio.Features.Api.Keys;

/// <summary>
/// What an API key may do. <see cref="Read"/> reads everything of the domain and changes nothing; each of the
/// others reads and writes its own resources. Stored in api_keys.scopes (its check constraint lists them too).
/// A scope only opens the door: the services still check the creator's role on every call.
/// </summary>
public static class ApiScopes
{
    public const string Read = "read";

    public const string Links = "links";

    public const string Campaigns = "campaigns";

    /// <summary>Managers' administration (members, invitations, access requests, domain settings and conventions): useful only while the key's creator is a manager (the services decide).</summary>
    public const string Team = "team";

    public static readonly IReadOnlyList<string> All = [Read, Links, Campaigns, Team];

    public static string Describe(string scope) => scope switch
    {
        Read => "Read everything of the domain, change nothing",
        Links => "Read, create, change and delete links",
        Campaigns => "Read, create, change and delete campaigns",
        Team => "Manage members, invitations, access requests and domain settings",
        _ => scope,
    };

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);

    /// <summary>Whether a key with <paramref name="granted"/> may read what <paramref name="writeScope"/> writes.</summary>
    public static bool CanRead(IReadOnlyCollection<string> granted, string writeScope) => granted.Contains(Read) || granted.Contains(writeScope);
}
