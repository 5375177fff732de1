namespace UtmStudio.Identity;

/// <summary>
/// Who is asking. Every service call, the database scope (row-level security) and the audit trail take one,
/// so there is one answer to "who did this" whether a person clicked, a script called the API, a background
/// job ran, or an anonymous visitor opened a short link.
/// </summary>
public abstract record Caller
{
    private Caller()
    {
    }

    /// <summary>A person signed in through the identity provider. <paramref name="IsOperator"/> comes from
    /// the sign-in (the provider-verified identity), never from a column the user's own session can write.</summary>
    public sealed record User(Guid UserId, bool IsOperator = false) : Caller;

    /// <summary>A domain-scoped API key: acts in its own domain only, attributed to the key and its creator.</summary>
    public sealed record ApiKey(Guid KeyId, Guid DomainId, Guid CreatedBy) : Caller;

    /// <summary>A background job of this instance (trial expiry, DNS checks, click writer).</summary>
    public sealed record Job(string Name) : Caller;

    /// <summary>The anonymous visitor of a short link: sees nothing except through narrow database functions.</summary>
    public sealed record Visitor : Caller
    {
        public static readonly Visitor Instance = new();
    }

    /// <summary>The signed-in person, for what only a person does (sign up, create a domain, answer an
    /// invitation); an API key, a job or a visitor is refused.</summary>
    public Guid RequirePerson() => this is User user
        ? user.UserId
        : throw new Features.Shared.ForbiddenProblem("Only a signed-in person can do this.");

    /// <summary>The person behind the call, for access checks that need one (a key acts for its creator).</summary>
    public Guid? PersonId => this switch
    {
        User user => user.UserId,
        ApiKey key => key.CreatedBy,
        _ => null,
    };
}
