namespace UtmStudio.Features.Shared;

/// <summary>Addresses that machines call (the API) or that are printed on posters (short links): never an HTML page.</summary>
public static class RequestPaths
{
    public static readonly PathString Api = "/api";

    public static readonly PathString ShortLinks = "/l";

    /// <summary>"/api" and "/api/…", not "/apiary".</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments(Api, StringComparison.OrdinalIgnoreCase);

    /// <summary>"/l/…", not "/login".</summary>
    public static bool IsShortLink(PathString path) => path.StartsWithSegments(ShortLinks, StringComparison.OrdinalIgnoreCase);

    /// <summary>Errors here are answered as problem details (or plain text), never by the Blazor error pages.</summary>
    public static bool IsForMachines(PathString path) => IsApi(path) || IsShortLink(path);
}
