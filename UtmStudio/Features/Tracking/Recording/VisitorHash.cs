using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace UtmStudio.Features.Tracking.Recording;

/// <summary>
/// A visitor, unrecognisable: HMAC-SHA256 of IP address and user agent under the day's secret key, cut to 16 bytes.
/// The same browser on the same network is the same visitor for one day; with the key destroyed the next day, the
/// hash can neither be reversed nor linked to other days.
/// </summary>
public static class VisitorHash
{
    public const int Length = 16;

    public static byte[] Of(IPAddress? ip, string? userAgent, byte[] salt)
    {
        if (ip is { IsIPv4MappedToIPv6: true })
        {
            ip = ip.MapToIPv4(); // one visitor whether the socket was dual-stack or not
        }

        Span<byte> address = stackalloc byte[16];
        var addressLength = ip is not null && ip.TryWriteBytes(address, out var written) ? written : 0;
        var agent = userAgent ?? string.Empty;
        var message = new byte[addressLength + 1 + Encoding.UTF8.GetMaxByteCount(Math.Min(agent.Length, 1024))];
        address[..addressLength].CopyTo(message);
        var agentLength = Encoding.UTF8.GetBytes(agent.AsSpan(0, Math.Min(agent.Length, 1024)), message.AsSpan(addressLength + 1));
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(salt, message.AsSpan(0, addressLength + 1 + agentLength), mac);
        return mac[..Length].ToArray();
    }
}
