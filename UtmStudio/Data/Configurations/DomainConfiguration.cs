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
            t.HasCheckConstraint("domains_verification_method_check", BriefConventions.CheckIn<DomainVerificationMethod>("verification_method"));
            t.HasCheckConstraint("domains_verified_check", "(verified_at IS NULL) = (verification_method IS NULL)");
        });
        entity.HasBriefKeyAndTimestamps();
        entity.Property(d => d.DomainName).HasMaxLength(255);
        entity.Property(d => d.SubscriptionStatus).HasSnakeCaseText(50);
        entity.Property(d => d.DefaultRedirectType).HasColumnType("smallint").HasDefaultValue(302);
        entity.Property(d => d.ForwardQueryParameters).HasDefaultValue(true);
        entity.Property(d => d.QueryOverridesUtm).HasDefaultValue(false);
        entity.Property(d => d.VerificationMethod).HasSnakeCaseText(20);
        entity.Property(d => d.VerificationToken).HasMaxLength(64)
            .HasDefaultValueSql("replace(uuid_generate_v4()::text, '-', '')");
        entity.Property(d => d.LinkConventions).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
        entity.Ignore(d => d.IsVerified);

        // A user who manages a domain cannot simply vanish: the brief's plain REFERENCES (no cascade).
        entity.HasOne(d => d.Manager).WithMany().HasForeignKey(d => d.ManagerId).OnDelete(DeleteBehavior.NoAction);
        entity.HasIndex(d => d.ManagerId).HasDatabaseName("idx_domains_manager_id");
    }
}
