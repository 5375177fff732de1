namespace UtmStudio.Features.Tracking.Recording;

/// <summary>A visitor hash as a dictionary key: compared and ordered by its bytes, not by reference.</summary>
public readonly struct HashKey(byte[] bytes) : IEquatable<HashKey>, IComparable<HashKey>
{
    public byte[] Bytes { get; } = bytes;

    public bool Equals(HashKey other) => Bytes.AsSpan().SequenceEqual(other.Bytes);

    public override bool Equals(object? obj) => obj is HashKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }

    public int CompareTo(HashKey other) => Bytes.AsSpan().SequenceCompareTo(other.Bytes);
}
