using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Domain> Domains => Set<Domain>();

    public DbSet<Membership> Teams => Set<Membership>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Link> Links => Set<Link>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("uuid-ossp");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
