namespace UtmStudio.Data;

/// <summary>
/// The two PostgreSQL logins: the application's runtime role (not the owner of the tables, so row-level
/// security applies to it) and the owner that runs migrations.
/// </summary>
public static class DatabaseOptions
{
    public const string AppConnectionName = "App";
    public const string OwnerConnectionName = "Owner";

    public const string LocalAppConnection =
        "Host=127.0.0.1;Port=55432;Database=utmstudio;Username=utmstudio_app;Password=utmstudio_app";

    public const string LocalOwnerConnection =
        "Host=127.0.0.1;Port=55432;Database=utmstudio;Username=utmstudio_owner;Password=utmstudio_owner";

    public static string AppConnection(IConfiguration configuration) =>
        configuration.GetConnectionString(AppConnectionName) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"ConnectionStrings:{AppConnectionName} is not configured. For local development run ./run.sh, " +
                "which starts PostgreSQL and sets it.");

    public static string? OwnerConnection(IConfiguration configuration) =>
        configuration.GetConnectionString(OwnerConnectionName) is { Length: > 0 } value ? value : null;
}
