using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data.Configurations;

public sealed class LinkConfiguration : IEntityTypeConfiguration<Link>
{
    public void Configure(EntityTypeBuilder<Link> entity)
    {
        entity.ToTable("links");
        entity.HasBriefKeyAndTimestamps();
        entity.Property(l => l.UtmSource).HasMaxLength(100);
        entity.Property(l => l.UtmMedium).HasMaxLength(100);
        entity.Property(l => l.UtmCampaign).HasMaxLength(100);
        entity.Property(l => l.UtmContent).HasMaxLength(100);
        entity.Property(l => l.UtmTerm).HasMaxLength(100);
        entity.Property(l => l.FullUrl).HasColumnType("text");

        entity.HasOne(l => l.Campaign).WithMany().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Cascade);

        // A link's domain is its campaign's domain: the pair must match a campaign.
        entity.HasOne<Campaign>().WithMany().HasForeignKey(l => new { l.CampaignId, l.DomainId })
            .HasPrincipalKey(c => new { c.Id, c.DomainId }).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_links_campaigns_campaign_domain");
        entity.HasIndex(l => l.DomainId).HasDatabaseName("ix_links_domain_id");
        entity.HasOne<User>().WithMany().HasForeignKey(l => l.CreatedBy).OnDelete(DeleteBehavior.NoAction);

        entity.HasIndex(l => l.CampaignId).HasDatabaseName("idx_links_campaign_id");
        entity.HasIndex(l => l.CreatedBy).HasDatabaseName("idx_links_created_by");
    }
}
