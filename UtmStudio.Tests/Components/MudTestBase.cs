using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using UtmStudio.Features.Account;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Components;

/// <summary>
/// bUnit with MudBlazor's services and loose JS interop (MudBlazor calls JS we do not assert on).
/// IAsyncLifetime because MudBlazor's services only dispose asynchronously.
/// </summary>
public abstract class MudTestBase : BunitContext, IAsyncLifetime
{
    protected MudTestBase()
    {
        // A wait ends as soon as its condition holds; the limit only matters when something is wrong. bUnit's 1 s
        // was missed on a busy 2-core CI run (the renderer's dispatcher did not even get to check in time).
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgeryState());
    }

    /// <summary>The app's own services over a real test database (components call services, never fakes of them),
    /// on the system clock unless the test brings its own.</summary>
    protected void AddAppServices(TestDatabase database, TimeProvider? time = null)
    {
        Services.AddAppFeaturesForTests(database, time ?? TimeProvider.System, new RecordingEmailSender());
        Services.AddScoped<CurrentUser>();
        // The user interface's own tab state, registered as UserInterfaceSetup does.
        Services.AddHttpContextAccessor();
        Services.AddScoped<LastDomain>();
        AddBunitPersistentComponentState();
    }

    /// <summary>Renders as the interactive server renderer would (the layout's interactivity marker reads it).
    /// Called at render time, because the renderer freezes the service collection.</summary>
    protected IRenderedComponent<TComponent> RenderInteractive<TComponent>(
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render(parameters);
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private sealed class FixedAntiforgeryState : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
