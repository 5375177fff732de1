using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Links;

namespace UtmStudio.Data.Configurations;

public sealed class LinkTemplateConfiguration : IEntityTypeConfiguration<LinkTemplate>
{
    public void Configure(EntityTypeBuilder<LinkTemplate> entity)
    {
        entity.ToTable("link_templates");
        entity.HasBriefKeyAndTimestamps();
        entity.Property(t => t.Name).HasMaxLength(100);
        entity.Property(t => t.LandingUrl).HasColumnType("text");
        entity.Property(t => t.UtmSource).HasMaxLength(LinkLimits.UtmValue);
        entity.Property(t => t.UtmMedium).HasMaxLength(LinkLimits.UtmValue);
        entity.Property(t => t.UtmContent).HasMaxLength(LinkLimits.UtmValue);
        entity.Property(t => t.UtmTerm).HasMaxLength(LinkLimits.UtmValue);
        entity.Property(t => t.UtmSourcePlatform).HasMaxLength(LinkLimits.UtmValue);
        entity.Property(t => t.UtmCreativeFormat).HasMaxLength(LinkLimits.UtmValue);
        entity.Property(t => t.UtmMarketingTactic).HasMaxLength(LinkLimits.UtmValue);
        entity.ToTable(t => t.HasCheckConstraint("link_templates_landing_url_length_check", $"char_length(landing_url) <= {LinkLimits.Url}"));

        entity.HasOne<Domain>().WithMany().HasForeignKey(t => t.DomainId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<User>().WithMany().HasForeignKey(t => t.CreatedBy).OnDelete(DeleteBehavior.NoAction);
        // Template names are unique in a domain ignoring case (the index is on lower(name), in the migration).
        entity.HasIndex(t => t.DomainId).HasDatabaseName("idx_link_templates_domain_id");
    }
}
