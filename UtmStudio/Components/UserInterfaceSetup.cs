using MudBlazor.Services;

namespace UtmStudio.Components;

public static class UserInterfaceSetup
{
    public static WebApplicationBuilder AddAppUserInterface(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        return builder;
    }

    /// <summary>Friendly pages for errors and unknown addresses; never a stack trace.</summary>
    public static WebApplication UseAppErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
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
