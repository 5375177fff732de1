using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data.Configurations;

/// <summary>Rollup rows written by the click writer (table created in the migration TrackingAndAnalytics).</summary>
public sealed class ClickSeriesConfiguration : IEntityTypeConfiguration<ClickSeriesRow>
{
    public void Configure(EntityTypeBuilder<ClickSeriesRow> entity)
    {
        entity.ToTable("click_series", t => t.ExcludeFromMigrations());
        entity.HasKey(r => new { r.ScopeId, r.IsBot, r.Bucket });
    }
}
