using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Operations;

/// <summary>
/// HTTP hardening: only the public host name is answered, forwarded headers only from configured proxies,
/// security headers on every response, no Server header, HSTS for a year outside Development.
/// </summary>
public static class HttpHardeningSetup
{
    public static WebApplicationBuilder AddHttpHardening(this WebApplicationBuilder builder)
    {
        var allowedHosts = PublicHosts.For(PublicUrl.Resolve(builder.Configuration, builder.Environment), builder.Configuration, builder.Environment);

        // The framework already runs host filtering first in the pipeline; this replaces its "AllowedHosts: *".
        builder.Services.Configure<HostFilteringOptions>(options => options.AllowedHosts = [.. allowedHosts]);
        builder.Services.PostConfigure<ForwardedHeadersOptions>(options => ProxySettings.Configure(options, builder.Configuration));
        builder.Services.AddOptions<SecurityHeadersOptions>();
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));

        // We send X-Frame-Options: DENY on every response ourselves (antiforgery would send SAMEORIGIN on some).
        builder.Services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        return builder;
    }

    /// <summary>First in the pipeline, so error pages, redirects and static files carry the headers too.</summary>
    public static WebApplication UseHttpHardening(this WebApplication app)
    {
        if (ProxySettings.AnyConfigured(app.Configuration))
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }
}
