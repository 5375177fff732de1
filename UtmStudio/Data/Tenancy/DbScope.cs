namespace UtmStudio.Data.Tenancy;

/// <summary>
/// Whose eyes a DbContext looks through. PostgreSQL's row-level security reads it from the session
/// settings app.user_id and app.operator, which <see cref="TenantSessionInterceptor"/> sets on every
/// connection the context opens. The default sees no tenant rows at all.
/// </summary>
public sealed record DbScope(Guid? UserId, bool Operator)
{
    public static readonly DbScope Nobody = new(null, false);

    /// <summary>Operators and background jobs: every domain. Only for code paths that checked their caller.</summary>
    public static readonly DbScope System = new(null, true);

    public static DbScope ForUser(Guid userId) => new(userId, false);
}
