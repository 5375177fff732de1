using System.Security.Cryptography;

namespace UtmStudio.Features.Links;

/// <summary>
/// Short codes: drawn from a cryptographic random source over letters and digits (URL-safe, no escaping, read
/// aloud without "dash or underscore?"). 62^8 ≈ 2×10^14 codes, so counting or guessing finds nothing; the unique
/// index settles the rare collision and the service draws again.
/// </summary>
public static class LinkCodes
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, LinkLimits.ShortCodeLength);
}
