using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

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

        entity.HasOne(c => c.Domain).WithMany().HasForeignKey(c => c.DomainId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<User>().WithMany().HasForeignKey(c => c.CreatedBy).OnDelete(DeleteBehavior.NoAction);

        entity.HasIndex(c => c.DomainId).HasDatabaseName("idx_campaigns_domain_id");
        entity.HasIndex(c => c.CreatedBy).HasDatabaseName("idx_campaigns_created_by");
    }
}
