using System.Net;
using System.Net.Sockets;
using DnsClient;
using Microsoft.Extensions.Options;

namespace UtmStudio.Features.Domains.Verification;

/// <summary>
/// Looks up a domain's verification record (<see cref="VerificationRecord"/>) with DnsClient, from the
/// name servers in Dns:NameServers (the system's when empty), and says what it found. Never throws for
/// DNS trouble: an unanswered or failed look-up is an outcome the manager reads, not an error page.
/// </summary>
public sealed class DnsTxtVerifier(IOptions<DnsOptions> options, ILogger<DnsTxtVerifier> logger)
{
    private readonly LookupClient _client = CreateClient(options.Value);

    public async Task<DnsCheckResult> CheckAsync(string domainName, string token, CancellationToken cancellationToken)
    {
        var name = VerificationRecord.NameFor(domainName);
        var expected = VerificationRecord.ValueFor(token);
        IDnsQueryResponse response;
        try
        {
            response = await _client.QueryAsync(name, QueryType.TXT, QueryClass.IN, cancellationToken);
        }
        catch (Exception ex) when (ex is DnsResponseException or SocketException or TimeoutException)
        {
            logger.LogInformation("DNS look-up of {Name} failed: {Reason}", name, ex.Message);
            return Unreachable(name);
        }

        if (response.Header.ResponseCode == DnsHeaderResponseCode.NotExistentDomain)
        {
            return new(DnsCheckOutcome.NoSuchName,
                $"{name} does not exist in DNS yet. Add the TXT record at your DNS provider; new records can take up to an hour to appear.");
        }

        if (response.HasError)
        {
            logger.LogInformation("DNS look-up of {Name} answered {Error}", name, response.ErrorMessage);
            return Unreachable(name);
        }

        var values = response.Answers.TxtRecords().Select(r => string.Concat(r.Text).Trim()).ToList();
        if (values.Contains(expected, StringComparer.Ordinal))
        {
            return new(DnsCheckOutcome.Verified, $"Found the verification record at {name}: the domain is verified.");
        }

        return values.Any(v => v.StartsWith(VerificationRecord.Prefix, StringComparison.OrdinalIgnoreCase))
            ? new(DnsCheckOutcome.WrongToken,
                $"{name} has a utmstudio-verification record, but not with this domain's value. Copy the value again and replace the record.")
            : new(DnsCheckOutcome.NoRecord,
                $"{name} has no utmstudio-verification TXT record yet. Add it at your DNS provider; new records can take up to an hour to appear.");
    }

    private static DnsCheckResult Unreachable(string name) => new(DnsCheckOutcome.Unreachable,
        $"The DNS servers did not answer for {name}, so nothing was checked. The domain stays unverified; try again in a few minutes.");

    private static LookupClient CreateClient(DnsOptions settings)
    {
        var servers = settings.NameServers.Where(s => !string.IsNullOrWhiteSpace(s)).Select(ParseServer).ToArray();
        var clientOptions = servers.Length > 0 ? new LookupClientOptions(servers) : new LookupClientOptions();

        // Every check asks again: a record just added must be seen at once, and a cached "no" must not linger.
        clientOptions.UseCache = false;
        clientOptions.Timeout = settings.Timeout;
        clientOptions.Retries = settings.Retries;
        clientOptions.ThrowDnsErrors = false;
        clientOptions.UseTcpFallback = true;
        return new LookupClient(clientOptions);
    }

    private static NameServer ParseServer(string text) =>
        IPEndPoint.TryParse(text.Trim(), out var endpoint)
            ? new NameServer(endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, NameServer.DefaultPort) : endpoint)
            : throw new InvalidOperationException($"Dns:NameServers has \"{text}\", which is not an IP address (with an optional :port).");
}
