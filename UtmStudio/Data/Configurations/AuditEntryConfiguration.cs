using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entity)
    {
        entity.ToTable("audit_log");
        entity.HasKey(a => a.Id);
        // Written only by the app_record_audit database function (Data/Sql): the app role cannot INSERT here.
        entity.Property(a => a.Id).HasDefaultValueSql(BriefConventions.NewUuid).ValueGeneratedNever();
        entity.Property(a => a.DomainName).HasMaxLength(255);
        entity.Property(a => a.Action).HasMaxLength(64);
        entity.Property(a => a.Details).HasColumnType("jsonb");
        entity.Property(a => a.CreatedAt).HasDefaultValueSql(BriefConventions.Now).ValueGeneratedNever();

        // No foreign key to domains: the record of a deleted domain must outlive it.
        entity.HasOne<User>().WithMany().HasForeignKey(a => a.ActorUserId).OnDelete(DeleteBehavior.SetNull);
        // The audit page reads a domain's log in keyset pages ordered by (created_at DESC, id DESC), filtered by
        // who acted or by action; each index serves one of those reads in page order, so a page stops after
        // PageSize + 1 entries instead of sorting the whole log. The actor index also keeps the users policy's
        // "actors of logs you manage" lookup an index-only scan.
        entity.HasIndex(a => new { a.DomainId, a.CreatedAt, a.Id }).IsDescending(false, true, true).HasDatabaseName("ix_audit_log_domain_time");
        entity.HasIndex(a => new { a.DomainId, a.ActorUserId, a.CreatedAt, a.Id }).IsDescending(false, false, true, true)
            .HasDatabaseName("ix_audit_log_domain_actor_time");
        entity.HasIndex(a => new { a.DomainId, a.Action, a.CreatedAt, a.Id }).IsDescending(false, false, true, true)
            .HasDatabaseName("ix_audit_log_domain_action_time");
    }
}
