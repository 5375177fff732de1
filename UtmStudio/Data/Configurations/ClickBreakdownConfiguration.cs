using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data.Configurations;

/// <summary>Rollup rows written by the click writer (table created in the migration TrackingAndAnalytics).</summary>
public sealed class ClickBreakdownConfiguration : IEntityTypeConfiguration<ClickBreakdownRow>
{
    public void Configure(EntityTypeBuilder<ClickBreakdownRow> entity)
    {
        entity.ToTable("click_breakdowns", t => t.ExcludeFromMigrations());
        entity.HasKey(r => new { r.ScopeId, r.Dimension, r.IsBot, r.Day, r.Value });
    }
}
