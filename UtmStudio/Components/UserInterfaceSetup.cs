using MudBlazor.Services;
using UtmStudio.Features.Shared;

namespace UtmStudio.Components;

public static class UserInterfaceSetup
{
    public static WebApplicationBuilder AddAppUserInterface(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            // The prerendered page's state (a board of 90 cards, say) reaches the circuit in its first message; at
            // SignalR's default 32 KB a full board never became interactive (measured by ./bench.sh).
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 512 * 1024);
        // Messages appear at the bottom, clear of the app bar's theme toggle and account menu.
        builder.Services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomCenter);

        // State of one browser tab (circuit and prerender), not a feature service: the last domain opened.
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Features.Account.LastDomain>();
        return builder;
    }

    /// <summary>Friendly pages for errors and unknown addresses; never a stack trace.</summary>
    public static WebApplication UseAppErrorPages(this WebApplication app)
    {
        app.UseErrorResponses(); // pages get the HTML error pages; /api and /l/ never do (Features/Shared/ErrorResponses.cs)
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    public static WebApplication MapAppUserInterface(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        // Blazor writes its own "frame-ancestors 'self'"; SecurityHeadersMiddleware replaces it with the full policy.
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = "'none'");
        return app;
    }
}
