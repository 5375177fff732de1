using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtmStudio.Data.Entities;

namespace UtmStudio.Data.Configurations;

public sealed class ApiIdempotencyConfiguration : IEntityTypeConfiguration<ApiIdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<ApiIdempotencyRecord> entity)
    {
        entity.ToTable("api_idempotency", t => t.HasCheckConstraint("api_idempotency_request_hash_check", "octet_length(request_hash) = 32"));
        entity.HasKey(r => new { r.ApiKeyId, r.IdempotencyKey });
        entity.Property(r => r.IdempotencyKey).HasMaxLength(255);
        entity.Property(r => r.ContentType).HasMaxLength(100);
        entity.Property(r => r.Location).HasMaxLength(2048);
        entity.Property(r => r.CreatedAt).HasDefaultValueSql(BriefConventions.Now);
        entity.HasOne<ApiKey>().WithMany().HasForeignKey(r => r.ApiKeyId).OnDelete(DeleteBehavior.Cascade);
        // Expired rows (older than 24 hours) are deleted by key as new requests come in.
        entity.HasIndex(r => new { r.ApiKeyId, r.CreatedAt }).HasDatabaseName("idx_api_idempotency_key_created");
    }
}
