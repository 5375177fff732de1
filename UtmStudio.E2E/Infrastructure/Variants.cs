using System.Net;
using System.Net.Sockets;

namespace UtmStudio.E2E.Infrastructure;

/// <summary>Second app instances for settings the main one cannot have (see <see cref="AppFixture.VariantAsync"/>).</summary>
internal static class Variants
{
    public const string PublicHost = "utm.test";

    /// <summary>
    /// Production as an operator runs it behind a TLS proxy on loopback: App:PublicUrl https://utm.test, the proxy
    /// listed in App:ForwardedHeaders:KnownProxies, and an identity provider that cannot be reached.
    /// </summary>
    public static Task<AppProcess> ProductionAsync(this AppFixture app) => app.VariantAsync("production", new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["App:PublicUrl"] = $"https://{PublicHost}",
        ["App:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        ["Oidc:Authority"] = $"https://127.0.0.1:{ClosedPort()}",
        ["Oidc:ClientId"] = "utmstudio-e2e",
        ["Oidc:ClientSecret"] = "unused",
    }, probeHost: PublicHost);

    public const string WrongSecret = "wrong-secret-7f3a";

    /// <summary>An instance that signs in at the main instance's development provider with a wrong client secret.</summary>
    public static Task<AppProcess> WrongClientSecretAsync(this AppFixture app) => app.VariantAsync("wrong-secret", new Dictionary<string, string>
    {
        ["Oidc:Authority"] = app.BaseUrl + "/",
        ["Oidc:ClientId"] = "utmstudio-dev",
        ["Oidc:ClientSecret"] = WrongSecret,
        ["Oidc:GetClaimsFromUserInfoEndpoint"] = "false",
    });

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
