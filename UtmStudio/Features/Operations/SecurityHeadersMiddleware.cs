using Microsoft.Extensions.Options;

namespace UtmStudio.Features.Operations;

/// <summary>
/// Adds the security headers to every response: pages, error and not-found pages, JSON, static files and
/// redirects. They are set when the response starts, so the error handler (which clears headers before it
/// renders the error page) and Blazor (which writes its own frame-ancestors policy) cannot drop or weaken them.
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    private readonly RequestDelegate _next;
    private readonly string _policy;
    private readonly IReadOnlyList<(PathString Prefix, string Policy)> _pathPolicies;
    private readonly SecurityHeadersOptions _settings;

    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
    {
        _next = next;
        var settings = options.Value;
        _settings = settings;
        _policy = ContentSecurityPolicy.Build([], settings.FormActionSources);
        _pathPolicies = settings.PathExceptions
            .Select(e => (e.PathPrefix, ContentSecurityPolicy.Build(e.ScriptSources, [.. settings.FormActionSources, .. e.FormActionSources])))
            .ToList();
    }

    public Task InvokeAsync(HttpContext context)
    {
        var policy = PolicyFor(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = NonceOf(context) is { } nonce
                ? ContentSecurityPolicy.Build([$"'nonce-{nonce}'"], _settings.FormActionSources)
                : policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] =
                "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return _next(context);
    }

    /// <summary>A nonce the endpoint generated for its inline script (only well-formed base64 values count).</summary>
    private string? NonceOf(HttpContext context)
    {
        foreach (var key in _settings.ScriptNonceItems)
        {
            if (context.Items.TryGetValue(key, out var value) && value is string { Length: >= 16 } nonce
                && nonce.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_'))
            {
                return nonce;
            }
        }

        return null;
    }

    private string PolicyFor(PathString path)
    {
        foreach (var (prefix, policy) in _pathPolicies)
        {
            if (path.StartsWithSegments(prefix))
            {
                return policy;
            }
        }

        return _policy;
    }
}
