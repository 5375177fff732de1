namespace UtmStudio.Features.Domains.Verification;

/// <summary>Bound from "Dns": where and how domain verification records are looked up.</summary>
public sealed class DnsOptions
{
    public const string Section = "Dns";

    /// <summary>Name servers to ask ("192.0.2.53" or "192.0.2.53:5353"); empty means the system's resolvers.</summary>
    public List<string> NameServers { get; set; } = [];

    /// <summary>How long to wait for one answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many times to ask again after no answer.</summary>
    public int Retries { get; set; } = 1;

    /// <summary>How often the background check looks at unverified domains.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(4);
}
