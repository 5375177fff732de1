using System.Security.Cryptography;
using System.Text;
using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Api.Idempotency;

/// <summary>Marks a create endpoint: a request with an <c>Idempotency-Key</c> header is answered once, and its retries the same.</summary>
public sealed record IdempotentEndpoint;

public static class IdempotencyEndpoints
{
    public const string Header = "Idempotency-Key";

    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>After the scope check (filters run in the order they are added): a key that may not create stores nothing.</summary>
    public static TBuilder Idempotent<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new IdempotentEndpoint()).AddEndpointFilter<TBuilder, IdempotencyFilter>();

    /// <summary>Keeps the body of keyed requests readable after binding, to hash it (before the endpoint runs).</summary>
    public static IApplicationBuilder UseIdempotencyBuffering(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (ApiPaths.IsV1(http.Request.Path) && http.Request.Headers.ContainsKey(Header))
        {
            http.Request.EnableBuffering();
        }

        return next(http);
    });
}

/// <summary>
/// Idempotency-Key on create endpoints (Stripe's model): the first request with a key runs and its answer — success
/// or refusal — is stored for 24 hours with the hash of its method, path and body; a retry with the same key and body
/// gets that answer again (header <c>Idempotent-Replayed: true</c>) and creates nothing; the same key with another body
/// is 422 <c>idempotency.key_reused</c>; while the first is still running, 409 <c>idempotency.in_progress</c>. A failure
/// on our side (500) is not stored: the retry runs again.
/// </summary>
public sealed class IdempotencyFilter(IdempotencyStore store) : IEndpointFilter
{
    private const int MaxKeyLength = 255;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[IdempotencyEndpoints.Header].ToString();
        if (key.Length == 0)
        {
            return await next(context);
        }

        if (key.Length > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            throw ValidationProblem.ForField(IdempotencyEndpoints.Header, $"An Idempotency-Key is 1 to {MaxKeyLength} visible ASCII characters, e.g. a UUID.");
        }

        var api = ApiRequest.Of(http);
        var cancellationToken = http.RequestAborted;
        var claim = await store.ClaimAsync(api.Caller, key, await HashAsync(http.Request), cancellationToken);
        switch (claim)
        {
            case IdempotencyClaim.Answered answered:
                http.Response.Headers[IdempotencyEndpoints.ReplayedHeader] = "true";
                return new StoredResponse(answered.Record.Status!.Value, answered.Record.ContentType, answered.Record.Location, answered.Record.Body ?? []);
            case IdempotencyClaim.Reused:
                throw new RuleProblem(ErrorCodes.IdempotencyKeyReused,
                    "This Idempotency-Key was used with a different request in the last 24 hours. Use a new key for a new request.");
            case IdempotencyClaim.Running:
                throw new RuleProblem(ErrorCodes.IdempotencyInProgress, "A request with this Idempotency-Key is still being answered. Retry in a moment.");
        }

        var captured = await CaptureAsync(context, next);
        if (captured.Status >= 500)
        {
            await store.ReleaseAsync(api.Caller, key, CancellationToken.None);
        }
        else
        {
            await store.CompleteAsync(api.Caller, key, captured.Status, captured.ContentType, captured.Location, captured.Body, CancellationToken.None);
        }

        return captured;
    }

    /// <summary>Runs the endpoint and writes its answer (or its refusal, as problem details) into memory.</summary>
    private async Task<StoredResponse> CaptureAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            try
            {
                var result = await next(context);
                if (result is IResult answer)
                {
                    await answer.ExecuteAsync(http);
                }
            }
            catch (Exception exception) when (DatabaseProblems.Translate(exception) is { } problem)
            {
                await ProblemResponses.WriteAsync(http, ProblemDetailsMapping.ToProblemDetails(problem));
            }
        }
        catch
        {
            http.Response.Body = original;
            await store.ReleaseAsync(ApiRequest.Of(http).Caller, http.Request.Headers[IdempotencyEndpoints.Header].ToString(), CancellationToken.None);
            throw;
        }

        http.Response.Body = original;
        return new StoredResponse(http.Response.StatusCode, http.Response.ContentType, http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
            buffer.ToArray());
    }

    private static async Task<byte[]> HashAsync(HttpRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
            var chunk = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(chunk)) > 0)
            {
                hash.AppendData(chunk, 0, read);
            }
        }

        return hash.GetHashAndReset();
    }
}

/// <summary>An answer kept in memory (or in api_idempotency), written as it was.</summary>
public sealed record StoredResponse(int Status, string? ContentType, string? Location, byte[] Body) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = ContentType;
        if (Location is not null)
        {
            httpContext.Response.Headers.Location = Location;
        }

        httpContext.Response.ContentLength = Body.Length;
        await httpContext.Response.Body.WriteAsync(Body);
    }
}
