using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using UtmStudio.Identity;

namespace UtmStudio.Tests.Integration.Identity;

/// <summary>The start-up check of the OpenID Connect settings, against a real HTTP server on loopback.</summary>
public sealed class DiscoveryDocumentTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private WebApplication? _provider;
    private string _base = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _provider = builder.Build();
        _provider.MapGet("/good/.well-known/openid-configuration", (HttpContext c) =>
            Results.Json(new { issuer = $"http://{c.Request.Host}/good", authorization_endpoint = "x", token_endpoint = "y" }));
        _provider.MapGet("/other/.well-known/openid-configuration", () => Results.Json(new { issuer = "https://another-instance.example" }));
        _provider.MapGet("/html/.well-known/openid-configuration", () => Results.Content("<html>Sign in</html>", "text/html"));
        await _provider.StartAsync();
        _base = _provider.Urls.Single();
    }

    [Fact]
    public async Task A_provider_whose_issuer_is_the_authority_passes() =>
        Assert.Null(await CheckAsync($"{_base}/good/"));

    [Fact]
    public async Task Another_issuer_is_reported_with_both_addresses()
    {
        var problem = await CheckAsync($"{_base}/other");

        Assert.Contains("https://another-instance.example", problem, StringComparison.Ordinal);
        Assert.Contains($"{_base}/other", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authority_without_discovery_document_is_reported()
    {
        Assert.Contains("404", await CheckAsync($"{_base}/nothing-here"), StringComparison.Ordinal);
        Assert.Contains("not an OpenID Connect discovery document", await CheckAsync($"{_base}/html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_authority_is_reported()
    {
        var closed = $"http://127.0.0.1:{ClosedPort()}";

        Assert.Contains("cannot be reached", await CheckAsync(closed), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }

    private Task<string?> CheckAsync(string authority) => DiscoveryDocument.CheckAsync(_http, authority, CancellationToken.None);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
