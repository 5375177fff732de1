using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data.Configurations;

/// <summary>
/// The click tables are created by hand-written SQL in the migration TrackingAndAnalytics (PostgreSQL declarative
/// partitioning is beyond EF's migrations), so EF maps them for queries only.
/// </summary>
public sealed class ClickConfiguration : IEntityTypeConfiguration<Click>
{
    public void Configure(EntityTypeBuilder<Click> entity)
    {
        entity.ToTable("clicks", t => t.ExcludeFromMigrations());
        entity.HasNoKey();
    }
}
