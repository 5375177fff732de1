using System.Buffers.Binary;
using System.Buffers.Text;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Audit;

/// <summary>
/// Where a page of the audit log ended: the last entry's time and id, the keyset the log is ordered by
/// (created_at DESC, id DESC). Opaque to clients (base64url of a version byte, the time in microseconds since
/// 1970 — PostgreSQL's precision — and the id); a tampered one is a validation error, never a server error.
/// It only positions a read inside the caller's own domain, so it needs no signature.
/// </summary>
public readonly record struct AuditCursor(DateTimeOffset CreatedAt, Guid Id)
{
    private const byte Version = 1;
    private const int Length = 1 + sizeof(long) + 16;
    private static readonly long MaxMicroseconds = (DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], (CreatedAt - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond);
        Id.TryWriteBytes(bytes[(1 + sizeof(long))..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    public static AuditCursor Decode(string cursor)
    {
        // TryDecodeFromChars throws on characters outside the alphabet: IsValid checks those first.
        Span<byte> bytes = stackalloc byte[Length];
        if (cursor.Length > 64 || !Base64Url.IsValid(cursor, out var length) || length != Length
            || !Base64Url.TryDecodeFromChars(cursor, bytes, out _) || bytes[0] != Version)
        {
            throw Invalid();
        }

        var microseconds = BinaryPrimitives.ReadInt64BigEndian(bytes[1..]);
        if (microseconds < 0 || microseconds > MaxMicroseconds)
        {
            throw Invalid();
        }

        var createdAt = DateTimeOffset.UnixEpoch.AddTicks(microseconds * TimeSpan.TicksPerMicrosecond);
        return new AuditCursor(createdAt, new Guid(bytes.Slice(1 + sizeof(long), 16), bigEndian: true));
    }

    private static ValidationProblem Invalid() =>
        new("That link to older audit entries is not valid. Open the audit log again and use “Load older”.");
}
