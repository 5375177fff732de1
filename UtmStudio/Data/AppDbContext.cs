using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;

namespace UtmStudio.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    /// <summary>Who row-level security lets this context see; set before the first query.</summary>
    public DbScope Scope { get; set; } = DbScope.Nobody;

    public DbSet<User> Users => Set<User>();

    public DbSet<Domain> Domains => Set<Domain>();

    /// <summary>Rows of the brief's <c>teams</c> table: who belongs to which domain, with which role.</summary>
    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Link> Links => Set<Link>();

    public DbSet<LinkTemplate> LinkTemplates => Set<LinkTemplate>();

    /// <summary>Raw short-link clicks (partitioned by month; for drill-down, never for counting).</summary>
    public DbSet<Click> Clicks => Set<Click>();

    public DbSet<ClickSeriesRow> ClickSeries => Set<ClickSeriesRow>();

    public DbSet<ClickBreakdownRow> ClickBreakdowns => Set<ClickBreakdownRow>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<AccessRequest> AccessRequests => Set<AccessRequest>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>Responses of create requests by Idempotency-Key, per API key, for 24 hours.</summary>
    public DbSet<ApiIdempotencyRecord> ApiIdempotency => Set<ApiIdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("uuid-ossp");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
