namespace UtmStudio.Features.Operations;

/// <summary>The Content-Security-Policy the app sends: works with Blazor Server and MudBlazor, no inline scripts.</summary>
public static class ContentSecurityPolicy
{
    public static string Build(IEnumerable<string> extraScriptSources, IEnumerable<string> extraFormActionSources) => string.Join("; ",
        "default-src 'self'",

        // Blazor (blazor.web.js), MudBlazor and our theme script are files of this app; nothing inline, no eval.
        $"script-src {Sources(["'self'", .. extraScriptSources])}",

        // 'unsafe-inline' for styles only: MudBlazor positions popovers and sizes components through style=""
        // attributes and writes its theme as a <style> element. Hashes and nonces cannot cover style attributes,
        // and styles cannot run code.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",

        // The Blazor circuit's WebSocket goes to this same origin, which 'self' covers for ws:/wss: (CSP Level 3).
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",

        // Sign-out posts to the app; the sign-in redirects to the identity provider.
        $"form-action {Sources(["'self'", .. extraFormActionSources])}",
        "frame-ancestors 'none'");

    private static string Sources(IEnumerable<string> sources) => string.Join(' ', sources.Distinct(StringComparer.Ordinal));
}
