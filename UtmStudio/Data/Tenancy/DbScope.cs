using UtmStudio.Identity;

namespace UtmStudio.Data.Tenancy;

/// <summary>
/// Whose eyes a connection looks through. PostgreSQL's row-level security reads it from the session settings
/// that <see cref="SessionScope"/> sets on every connection open (Data/Sql/01_session.sql). The default sees
/// no tenant rows at all.
/// </summary>
public sealed record DbScope(Guid? UserId, bool Operator, Guid? ApiKeyId = null, Guid? DomainId = null)
{
    public static readonly DbScope Nobody = new(null, false);

    /// <summary>Background jobs: every domain. Only for code paths that checked what they do.</summary>
    public static readonly DbScope System = new(null, true);

    /// <summary>The scope of a caller acting as themselves: a person sees their domains, a key its one domain,
    /// a job everything, a short-link visitor nothing (it reads through narrow functions only).</summary>
    public static DbScope For(Caller caller) => caller switch
    {
        Caller.User user => new(user.UserId, false),
        Caller.ApiKey key => new(key.CreatedBy, false, key.KeyId, key.DomainId),
        Caller.Job => System,
        Caller.Visitor => Nobody,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, "Unknown kind of caller"),
    };

    /// <summary>An operator on the operator pages: every domain, still recorded in their own name.</summary>
    public static DbScope ForOperator(Caller.User user) => new(user.UserId, true);
}
