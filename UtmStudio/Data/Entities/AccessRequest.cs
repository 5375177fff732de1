namespace UtmStudio.Data.Entities;

/// <summary>A user asking to join an existing domain (rule 3: naming it is not enough to join it).</summary>
public sealed class AccessRequest
{
    public Guid Id { get; set; }

    public Guid DomainId { get; set; }

    public Domain? Domain { get; set; }

    public Guid UserId { get; set; }

    public User? User { get; set; }

    public AccessRequestStatus Status { get; set; } = AccessRequestStatus.Pending;

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public uint Version { get; set; }
}
