using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data.Configurations;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> entity)
    {
        entity.ToTable("invitations", t => t.HasCheckConstraint("invitations_role_check", BriefConventions.CheckIn<MemberRole>("role")));
        entity.HasBriefKeyAndTimestamps();
        entity.Property(i => i.Email).HasMaxLength(255);
        entity.Property(i => i.Role).HasSnakeCaseText(50);
        entity.Property(i => i.Token).HasMaxLength(64);
        entity.Ignore(i => i.IsOpen);

        entity.HasOne(i => i.Domain).WithMany().HasForeignKey(i => i.DomainId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<User>().WithMany().HasForeignKey(i => i.InvitedBy).OnDelete(DeleteBehavior.NoAction);
        entity.HasOne<User>().WithMany().HasForeignKey(i => i.AcceptedBy).OnDelete(DeleteBehavior.NoAction);

        entity.HasIndex(i => i.Token).IsUnique().HasDatabaseName("ux_invitations_token");
        entity.HasIndex(i => i.Email).HasDatabaseName("ix_invitations_email");

        // One open invitation per email and domain.
        entity.HasIndex(i => new { i.DomainId, i.Email }).IsUnique()
            .HasFilter("accepted_at IS NULL AND revoked_at IS NULL AND declined_at IS NULL")
            .HasDatabaseName("ux_invitations_open_per_email");
    }
}
