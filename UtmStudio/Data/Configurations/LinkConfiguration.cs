using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Links;

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
        entity.Property(l => l.UtmId).HasMaxLength(100);
        entity.Property(l => l.UtmSourcePlatform).HasMaxLength(100);
        entity.Property(l => l.UtmCreativeFormat).HasMaxLength(100);
        entity.Property(l => l.UtmMarketingTactic).HasMaxLength(100);
        entity.Property(l => l.FullUrl).HasColumnType("text");
        entity.Property(l => l.LandingUrl).HasColumnType("text");
        // The app draws codes (LinkCodes); the default serves rows written past it (seeds, the migration's backfill).
        entity.Property(l => l.ShortCode).HasMaxLength(LinkLimits.ShortCodeMax)
            .HasDefaultValueSql("substr(replace(gen_random_uuid()::text, '-', ''), 1, 12)");
        entity.Property(l => l.Label).HasMaxLength(LinkLimits.Label);
        entity.Property(l => l.Tags).HasColumnType("text[]").HasDefaultValueSql("'{}'::text[]");
        entity.Property(l => l.Ga4Channel).HasColumnName("ga4_channel").HasMaxLength(40);
        entity.ToTable(t =>
        {
            t.HasCheckConstraint("links_full_url_length_check", $"char_length(full_url) <= {LinkLimits.Url}");
            t.HasCheckConstraint("links_landing_url_length_check", $"char_length(landing_url) <= {LinkLimits.Url}");
            t.HasCheckConstraint("links_tags_count_check", $"cardinality(tags) <= {LinkLimits.Tags}");
            t.HasCheckConstraint("links_ga4_channel_check", BriefConventions.CheckIn<Features.Links.Channels.Ga4Channel>("ga4_channel"));
            t.HasCheckConstraint("links_short_code_check", $"short_code ~ '^[A-Za-z0-9]{{{LinkLimits.ShortCodeMin},{LinkLimits.ShortCodeMax}}}$'");
        });

        entity.HasOne(l => l.Campaign).WithMany().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Cascade);

        // A link's domain is its campaign's domain: the pair must match a campaign.
        entity.HasOne<Campaign>().WithMany().HasForeignKey(l => new { l.CampaignId, l.DomainId })
            .HasPrincipalKey(c => new { c.Id, c.DomainId }).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_links_campaigns_campaign_domain");
        entity.HasIndex(l => l.DomainId).HasDatabaseName("ix_links_domain_id");
        entity.HasOne<User>().WithMany().HasForeignKey(l => l.CreatedBy).OnDelete(DeleteBehavior.NoAction);

        entity.HasIndex(l => l.CampaignId).HasDatabaseName("idx_links_campaign_id");
        entity.HasIndex(l => l.CreatedBy).HasDatabaseName("idx_links_created_by");

        // Rule 7: the exact same link twice in a domain is one link. Short codes are global: /l/{code} has no domain.
        entity.HasIndex(l => new { l.DomainId, l.FullUrl }).IsUnique().HasDatabaseName("ux_links_domain_full_url");
        entity.HasIndex(l => l.ShortCode).IsUnique().HasDatabaseName("ux_links_short_code");
        // Link lists read newest first in keyset pages, for a domain or for one campaign.
        entity.HasIndex(l => new { l.DomainId, l.CreatedAt, l.Id }).IsDescending(false, true, true).HasDatabaseName("idx_links_domain_list");
        entity.HasIndex(l => new { l.CampaignId, l.CreatedAt, l.Id }).IsDescending(false, true, true).HasDatabaseName("idx_links_campaign_list");
        entity.HasIndex(l => l.Tags).HasMethod("gin").HasDatabaseName("idx_links_tags");
    }
}
