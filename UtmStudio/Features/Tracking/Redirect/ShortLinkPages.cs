using System.Net;

namespace UtmStudio.Features.Tracking.Redirect;

/// <summary>
/// The few words a visitor sees when a short link does not lead anywhere: small self-contained HTML (no app shell,
/// no scripts; light and dark), never the app's error pages or a stack trace.
/// </summary>
public static class ShortLinkPages
{
    public static Task NotFoundAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status404NotFound,
        "Link not found", "This short link doesn't exist. Check that it was copied completely — the code after /l/ is case-sensitive.");

    public static Task GoneAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status410Gone,
        "Link removed", "This short link was deleted by the team that created it, so it no longer leads anywhere.");

    public static Task UnverifiedAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status403Forbidden,
        "Link not active yet", "This short link belongs to a website domain whose owner hasn't verified it yet. " +
        "Short links start working once the domain is verified, so nobody can send visitors elsewhere in a company's name.");

    public static Task UnavailableAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
            "Try again in a moment", "We couldn't look up this short link just now. Please reload the page in a few seconds.");
    }

    public static Task MethodNotAllowedAsync(HttpContext context)
    {
        context.Response.Headers.Allow = "GET, HEAD";
        return WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "Not allowed", "Short links are opened, not posted to.");
    }

    private static Task WriteAsync(HttpContext context, int status, string title, string message)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Robots-Tag"] = "noindex";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return Task.CompletedTask;
        }

        return response.WriteAsync(
            $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>{{WebUtility.HtmlEncode(title)}} · UtmStudio</title>
            <style>
            :root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
            body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
            main { max-width: 28rem; padding: 2rem; text-align: center; line-height: 1.5; }
            h1 { font-size: 1.5rem; margin: 0 0 .5rem; } p { margin: 0; opacity: .8; } small { display: block; margin-top: 2rem; opacity: .6; }
            </style></head>
            <body><main><h1>{{WebUtility.HtmlEncode(title)}}</h1><p>{{WebUtility.HtmlEncode(message)}}</p><small>Short link by UtmStudio</small></main></body></html>
            """, context.RequestAborted);
    }
}
