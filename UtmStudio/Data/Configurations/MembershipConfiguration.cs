using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data.Configurations;

public sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> entity)
    {
        entity.ToTable("teams", t => t.HasCheckConstraint("teams_role_check", BriefConventions.CheckIn<MemberRole>("role")));
        entity.HasBriefKeyAndTimestamps();
        entity.Property(m => m.Role).HasSnakeCaseText(50);

        // Deleting a domain removes its team (rule 4); deleting a user is never silent.
        entity.HasOne(m => m.Domain).WithMany().HasForeignKey(m => m.DomainId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.NoAction);

        // The brief's UNIQUE(domain_id, user_id) is a real constraint, created in the migration.
        entity.HasIndex(m => new { m.DomainId, m.UserId }).HasDatabaseName("idx_teams_domain_user");
        entity.HasIndex(m => m.UserId).HasDatabaseName("ix_teams_user_id");
    }
}
