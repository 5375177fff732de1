namespace UtmStudio.Features.Operations;

/// <summary>
/// GET /health/ping answers "pong" as plain text from the same place in the pipeline as the short-link redirect:
/// the cheapest answer this app can give — for load balancers, and as the baseline the redirect benchmark compares with.
/// </summary>
public static class PlaintextPing
{
    public const string Path = "/health/ping";

    private static readonly byte[] Pong = "pong"u8.ToArray();

    public static IApplicationBuilder UsePlaintextPing(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!string.Equals(context.Request.Path.Value, Path, StringComparison.Ordinal))
        {
            return next(context);
        }

        context.Response.ContentType = "text/plain";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = Pong.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(Pong).AsTask();
    });
}
