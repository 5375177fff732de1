using System.Security.Cryptography;
using System.Text;

namespace UtmStudio.Features.Api.Keys;

/// <summary>
/// The shape of an API key: <c>utm_&lt;prefix&gt;_&lt;secret&gt;</c>. The prefix (10 characters) is stored as it is
/// and shown, so people tell their keys apart; the secret (40 characters, about 238 bits) is stored only as its
/// SHA-256. A slow password hash is not needed: the secret is random, not chosen by a person, so there is no
/// dictionary to try.
/// </summary>
public static class ApiKeySecret
{
    public const string Marker = "utm_";

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public const int PrefixLength = 10;

    public const int SecretLength = 40;

    /// <summary>A new key: its prefix, the full key (shown once) and the hash to store.</summary>
    public static (string Prefix, string Key, byte[] Hash) Generate()
    {
        var prefix = RandomNumberGenerator.GetString(Alphabet, PrefixLength);
        var secret = RandomNumberGenerator.GetString(SecretAlphabet, SecretLength);
        return (prefix, $"{Marker}{prefix}_{secret}", Hash(secret));
    }

    /// <summary>The prefix and secret hash of a presented key; false for anything not shaped like one.</summary>
    public static bool TryParse(string? presented, out string prefix, out byte[] hash)
    {
        prefix = "";
        hash = [];
        if (presented is null || presented.Length != Marker.Length + PrefixLength + 1 + SecretLength
            || !presented.StartsWith(Marker, StringComparison.Ordinal) || presented[Marker.Length + PrefixLength] != '_')
        {
            return false;
        }

        var candidate = presented.Substring(Marker.Length, PrefixLength);
        var secret = presented[(Marker.Length + PrefixLength + 1)..];
        if (!candidate.All(Alphabet.Contains) || !secret.All(SecretAlphabet.Contains))
        {
            return false;
        }

        prefix = candidate;
        hash = Hash(secret);
        return true;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.ASCII.GetBytes(secret));
}
