using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data.Configurations;

public sealed class AccessRequestConfiguration : IEntityTypeConfiguration<AccessRequest>
{
    public void Configure(EntityTypeBuilder<AccessRequest> entity)
    {
        entity.ToTable("access_requests", t =>
            t.HasCheckConstraint("access_requests_status_check", BriefConventions.CheckIn<AccessRequestStatus>("status")));
        entity.HasBriefKeyAndTimestamps();
        entity.Property(r => r.Status).HasSnakeCaseText(20);

        entity.HasOne(r => r.Domain).WithMany().HasForeignKey(r => r.DomainId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(r => r.User).WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.NoAction);
        entity.HasOne<User>().WithMany().HasForeignKey(r => r.DecidedBy).OnDelete(DeleteBehavior.NoAction);

        // One pending request per person and domain.
        entity.HasIndex(r => new { r.DomainId, r.UserId }).IsUnique()
            .HasFilter("status = 'pending'")
            .HasDatabaseName("ux_access_requests_pending");
        entity.HasIndex(r => r.UserId).HasDatabaseName("ix_access_requests_user_id");
    }
}
