using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using UtmStudio.Features.Operations;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Unit;

public sealed class PublicHostsTests
{
    [Fact]
    public void Production_answers_only_the_public_host_and_the_listed_extra_names()
    {
        var hosts = PublicHosts.For(new PublicUrl(new Uri("https://utm.example.com/")),
            Configuration(("AllowedHosts", "probe.internal; 10.0.0.7")), Environment(Environments.Production));

        Assert.Equal(["utm.example.com", "probe.internal", "10.0.0.7"], hosts);
    }

    [Fact]
    public void Development_also_answers_loopback_and_the_listening_address()
    {
        var hosts = PublicHosts.For(new PublicUrl(new Uri("http://127.0.0.1:5080/")),
            Configuration(("urls", "http://devbox.local:5080")), Environment(Environments.Development));

        Assert.Equal(["127.0.0.1", "localhost", "[::1]", "devbox.local"], hosts);
    }

    [Fact]
    public void An_international_public_host_is_compared_in_its_ascii_form() =>
        Assert.Equal(["xn--bcher-kva.example"], PublicHosts.For(new PublicUrl(new Uri("https://bücher.example/")),
            Configuration(), Environment(Environments.Production)));

    [Fact]
    public void A_wildcard_in_allowed_hosts_is_refused_at_start_up() =>
        Assert.Throws<InvalidOperationException>(() => PublicHosts.For(new PublicUrl(new Uri("https://utm.example.com/")),
            Configuration(("AllowedHosts", "*")), Environment(Environments.Production)));

    [Fact]
    public void Without_listed_proxies_forwarded_headers_are_switched_off()
    {
        // The framework would trust every sender with empty lists; "no proxies" must mean "no forwarding".
        var options = new ForwardedHeadersOptions();

        ProxySettings.Configure(options, Configuration());

        Assert.Equal(ForwardedHeaders.None, options.ForwardedHeaders);
        Assert.Empty(options.KnownProxies);
        Assert.Empty(options.KnownIPNetworks);
    }

    [Fact]
    public void Listed_proxies_and_networks_are_the_only_ones_trusted()
    {
        var options = new ForwardedHeadersOptions();

        ProxySettings.Configure(options, Configuration(
            ("App:ForwardedHeaders:KnownProxies:0", "10.0.0.2"), ("App:ForwardedHeaders:KnownNetworks", "192.168.0.0/16;fd00::/8")));

        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, options.ForwardedHeaders);
        Assert.Equal([IPAddress.Parse("10.0.0.2")], options.KnownProxies);
        Assert.Equal(2, options.KnownIPNetworks.Count);
    }

    [Fact]
    public void A_mistyped_proxy_address_is_refused_at_start_up() =>
        Assert.Throws<InvalidOperationException>(() =>
            ProxySettings.Configure(new ForwardedHeadersOptions(), Configuration(("App:ForwardedHeaders:KnownProxies:0", "10.0.0"))));

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
