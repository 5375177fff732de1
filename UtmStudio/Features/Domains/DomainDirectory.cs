using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;

namespace UtmStudio.Features.Domains;

/// <summary>
/// Questions about domains the caller cannot see (row-level security hides them), answered by narrow
/// SECURITY DEFINER functions in the database that reveal one fact each.
/// </summary>
public static class DomainDirectory
{
    /// <summary>The id of the domain with this exact (normalized) name, if any exists.</summary>
    public static Task<Guid?> FindDomainIdByNameAsync(this AppDbContext db, string normalizedName, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid?>($"SELECT app_domain_id_by_name({normalizedName}) AS \"Value\"").SingleAsync(cancellationToken);

    /// <summary>The email an invitation is for, to explain a link opened by another account.</summary>
    public static Task<string?> FindInvitationEmailAsync(this AppDbContext db, string token, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<string?>($"SELECT app_invitation_email({token}) AS \"Value\"").SingleAsync(cancellationToken);
}
