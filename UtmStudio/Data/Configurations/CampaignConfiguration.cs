using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;

namespace UtmStudio.Data.Configurations;

public sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> entity)
    {
        entity.ToTable("campaigns", t => t.HasCheckConstraint("campaigns_status_check", BriefConventions.CheckIn<CampaignStatus>("status")));
        entity.HasBriefKeyAndTimestamps();
        entity.Property(c => c.Name).HasMaxLength(255);
        entity.Property(c => c.Source).HasMaxLength(100);
        entity.Property(c => c.Objective).HasMaxLength(100);
        entity.Property(c => c.TargetingCriteria).HasColumnType("jsonb");
        entity.Property(c => c.Status).HasSnakeCaseText(50);
        entity.Property(c => c.Description).HasMaxLength(CampaignLimits.Description);
        entity.Property(c => c.StartsOn).HasColumnName("start_date");
        entity.Property(c => c.EndsOn).HasColumnName("end_date");
        entity.Property(c => c.UtmCampaign).HasMaxLength(CampaignLimits.UtmValue);
        entity.Property(c => c.UtmId).HasMaxLength(CampaignLimits.UtmValue);
        entity.ToTable(t => t.HasCheckConstraint("campaigns_dates_check", "end_date IS NULL OR start_date IS NULL OR end_date >= start_date"));

        entity.HasOne(c => c.Domain).WithMany().HasForeignKey(c => c.DomainId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<User>().WithMany().HasForeignKey(c => c.CreatedBy).OnDelete(DeleteBehavior.NoAction);

        entity.HasIndex(c => c.DomainId).HasDatabaseName("idx_campaigns_domain_id");
        entity.HasIndex(c => c.CreatedBy).HasDatabaseName("idx_campaigns_created_by");

        // One campaign, one spelling in reports; names are unique ignoring case (the index is on lower(name), in the migration).
        entity.HasIndex(c => new { c.DomainId, c.UtmCampaign }).IsUnique().HasDatabaseName("ux_campaigns_domain_utm_campaign");
        entity.HasIndex(c => new { c.DomainId, c.UtmId }).IsUnique().HasFilter("utm_id IS NOT NULL").HasDatabaseName("ux_campaigns_domain_utm_id");
        // The board reads one column at a time, newest first, in keyset pages.
        entity.HasIndex(c => new { c.DomainId, c.Status, c.CreatedAt, c.Id }).IsDescending(false, false, true, true)
            .HasDatabaseName("idx_campaigns_board");
    }
}
