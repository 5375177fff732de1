using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data.Configurations;

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> entity)
    {
        entity.ToTable("api_keys", t =>
        {
            t.HasCheckConstraint("api_keys_scopes_check",
                "scopes <@ ARRAY['read', 'links', 'campaigns', 'team']::varchar[] AND cardinality(scopes) > 0");
            t.HasCheckConstraint("api_keys_prefix_check", "prefix ~ '^[a-z0-9]{10}$'");
        });
        entity.HasKey(k => k.Id);
        entity.Property(k => k.Id).HasDefaultValueSql(BriefConventions.NewUuid);
        entity.Property(k => k.Name).HasMaxLength(100);
        entity.Property(k => k.Prefix).HasMaxLength(16);
        entity.Property(k => k.Scopes).HasColumnType("varchar(16)[]");
        entity.Property(k => k.CreatedAt).HasDefaultValueSql(BriefConventions.Now);
        // key_hash (bytea, SHA-256 of the secret) is added by the migration and deliberately not mapped: see ApiKey.

        entity.HasOne<Domain>().WithMany().HasForeignKey(k => k.DomainId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<User>().WithMany().HasForeignKey(k => k.CreatedBy).OnDelete(DeleteBehavior.NoAction);
        entity.HasOne<User>().WithMany().HasForeignKey(k => k.RevokedBy).OnDelete(DeleteBehavior.NoAction);
        // Authentication finds a key by its prefix: one row at most.
        entity.HasIndex(k => k.Prefix).IsUnique().HasDatabaseName("ux_api_keys_prefix");
        entity.HasIndex(k => k.DomainId).HasDatabaseName("idx_api_keys_domain_id");
    }
}
