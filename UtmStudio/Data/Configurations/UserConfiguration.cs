using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data.Configurations;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> entity)
    {
        entity.ToTable("users", t => t.HasCheckConstraint("users_role_check", BriefConventions.CheckIn<MemberRole>("role")));
        entity.HasBriefKeyAndTimestamps();
        entity.Property(u => u.Email).HasMaxLength(255);
        entity.Property(u => u.Role).HasSnakeCaseText(50);
        entity.Property(u => u.IdentityIssuer).HasMaxLength(255);
        entity.Property(u => u.IdentitySubject).HasMaxLength(255);
        entity.Property(u => u.DisplayName).HasMaxLength(255);

        // The brief's UNIQUE(email) is a real constraint, created in the migration; this is its plain index.
        entity.HasIndex(u => u.Email).HasDatabaseName("idx_users_email");

        // Rule 4: a domain someone signed up with cannot be deleted; the database refuses it too.
        entity.HasOne<Domain>().WithMany().HasForeignKey(u => u.SignupDomainId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(u => new { u.IdentityIssuer, u.IdentitySubject }).IsUnique().HasDatabaseName("ux_users_identity");
    }
}
