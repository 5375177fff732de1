using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace UtmStudio.Features.Operations;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the reverse proxies an operator lists
/// (App:ForwardedHeaders:KnownProxies, addresses; App:ForwardedHeaders:KnownNetworks, CIDR ranges). With none
/// listed they are ignored: anyone could otherwise claim to be on HTTPS or come from any address.
/// X-Forwarded-Host is never used; absolute links come from App:PublicUrl.
/// </summary>
public static class ProxySettings
{
    public const string KnownProxiesSetting = "App:ForwardedHeaders:KnownProxies";
    public const string KnownNetworksSetting = "App:ForwardedHeaders:KnownNetworks";

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        var proxies = ListSetting(configuration, KnownProxiesSetting);
        var networks = ListSetting(configuration, KnownNetworksSetting);

        // The framework trusts every sender when both lists are empty, so "no proxies" must mean "no forwarding".
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        options.ForwardedHeaders = proxies.Count + networks.Count == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(TryParseAddress(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{KnownProxiesSetting} has \"{proxy}\", which is not an IP address."));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range)
                ? range
                : throw new InvalidOperationException($"{KnownNetworksSetting} has \"{network}\", which is not a CIDR range like 10.0.0.0/8."));
        }
    }

    public static bool AnyConfigured(IConfiguration configuration) =>
        ListSetting(configuration, KnownProxiesSetting).Count + ListSetting(configuration, KnownNetworksSetting).Count > 0;

    /// <summary>Strict: IPAddress.TryParse reads "10.0.0" as 10.0.0.0, which is rarely what was meant.</summary>
    private static bool TryParseAddress(string text, out IPAddress address) =>
        IPAddress.TryParse(text, out address!)
        && (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 || text.Count(c => c == '.') == 3);

    /// <summary>An array (KnownProxies__0=…, KnownProxies__1=…) or one value separated by ';' or ','.</summary>
    private static List<string> ListSetting(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        return section.GetChildren().Select(child => child.Value).Append(section.Value)
            .SelectMany(value => (value ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
    }
}
