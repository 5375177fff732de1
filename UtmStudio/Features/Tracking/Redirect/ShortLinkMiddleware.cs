using Microsoft.Extensions.Options;
using UtmStudio.Features.Tracking.Recording;

namespace UtmStudio.Features.Tracking.Redirect;

/// <summary>
/// GET /l/{code} (and /q/{code} for QR scans): the hot path. It runs before routing, authentication, antiforgery,
/// Blazor and the HTML error pages; it looks the code up (cache, else one database function), answers the redirect
/// and hands the click to <see cref="ClickQueue"/> — the response never waits for the click to be stored.
/// </summary>
public sealed class ShortLinkMiddleware(RequestDelegate next, ShortLinkLookup lookup, ClickQueue queue, TimeProvider time,
    IOptions<TrackingOptions> options, ILogger<ShortLinkMiddleware> logger)
{
    private readonly string? _countryHeader = string.IsNullOrWhiteSpace(options.Value.CountryHeader) ? null : options.Value.CountryHeader;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!ShortLinkPaths.TryParse(context.Request.Path.Value, out var code, out var fromQr))
        {
            await next(context);
            return;
        }

        var method = context.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            await ShortLinkPages.MethodNotAllowedAsync(context);
            return;
        }

        ShortLinkResult found;
        try
        {
            found = await lookup.FindAsync(code, context.RequestAborted);
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            logger.LogError(exception, "Short link {Code} could not be looked up", code);
            await ShortLinkPages.UnavailableAsync(context);
            return;
        }

        switch (found)
        {
            case { State: ShortLinkState.Retired }:
                await ShortLinkPages.GoneAsync(context);
                return;
            case { Target: null }:
                await ShortLinkPages.NotFoundAsync(context);
                return;
            case { Target.DomainVerified: false }:
                await ShortLinkPages.UnverifiedAsync(context);
                return;
        }

        var target = found.Target!;
        var request = context.Request;
        var response = context.Response;
        response.StatusCode = target.RedirectStatus;
        response.Headers.Location = RedirectLocation.For(target, request.QueryString.Value);
        // A temporary redirect must reach us every time, or the click is not counted; a permanent one is the
        // domain's choice to let browsers remember it (its later clicks are then not seen, as settings explain).
        response.Headers.CacheControl = target.RedirectStatus is 301 or 308 ? "private, max-age=86400" : "no-store";
        response.Headers["X-Robots-Tag"] = "noindex";

        var headers = request.Headers;
        queue.TryEnqueue(new RawClick(
            At: time.GetUtcNow(),
            Link: target,
            Ip: context.Connection.RemoteIpAddress,
            UserAgent: headers.UserAgent,
            Referer: headers.Referer,
            Country: _countryHeader is null ? null : headers[_countryHeader].ToString(),
            IsHead: HttpMethods.IsHead(method),
            FromQr: fromQr));
    }
}
