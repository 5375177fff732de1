using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data.Configurations;

public sealed class DomainConfiguration : IEntityTypeConfiguration<Domain>
{
    public void Configure(EntityTypeBuilder<Domain> entity)
    {
        entity.ToTable("domains", t =>
        {
            t.HasCheckConstraint("domains_subscription_status_check", BriefConventions.CheckIn<SubscriptionStatus>("subscription_status"));
            t.HasCheckConstraint("domains_default_redirect_type_check", "default_redirect_type IN (301, 302, 307, 308)");
        });
        entity.HasBriefKeyAndTimestamps();
        entity.Property(d => d.DomainName).HasMaxLength(255);
        entity.Property(d => d.SubscriptionStatus).HasSnakeCaseText(50);
        entity.Property(d => d.DefaultRedirectType).HasColumnType("smallint").HasDefaultValue(302);

        // A user who manages a domain cannot simply vanish: the brief's plain REFERENCES (no cascade).
        entity.HasOne(d => d.Manager).WithMany().HasForeignKey(d => d.ManagerId).OnDelete(DeleteBehavior.NoAction);
        entity.HasIndex(d => d.ManagerId).HasDatabaseName("idx_domains_manager_id");
    }
}
