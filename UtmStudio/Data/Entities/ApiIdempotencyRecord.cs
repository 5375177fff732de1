namespace UtmStudio.Data.Entities;

/// <summary>
/// A create request of the API made with an <c>Idempotency-Key</c> header: the hash of what was asked, and once
/// answered, the answer (replayed to a retry for 24 hours). A row without a status is a request still running.
/// </summary>
public sealed class ApiIdempotencyRecord
{
    public Guid ApiKeyId { get; set; }

    public required string IdempotencyKey { get; set; }

    /// <summary>SHA-256 of the method, the path and the request's JSON content.</summary>
    public required byte[] RequestHash { get; set; }

    public int? Status { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public byte[]? Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
