using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace UtmStudio.Features.Account;

/// <summary>
/// The domain the user last had open, so pages without a domain in their address (profile, not found) keep
/// the switcher and the navigation of that domain instead of resetting them. Remembered in a cookie (so a
/// prerendered or static page already knows it) and for the circuit (in-app navigation). Only a hint: the
/// layout shows it only when it is one of the user's domains.
/// </summary>
public sealed class LastDomain : IDisposable
{
    public const string CookieName = "utmstudio-domain";
    private const string StateKey = "last-domain";

    private readonly IJSRuntime _js;
    private readonly PersistingComponentStateSubscription _persisting;
    private string? _savedInCookie;

    public LastDomain(PersistentComponentState state, IHttpContextAccessor http, IJSRuntime js)
    {
        _js = js;
        if (state.TryTakeFromJson<string>(StateKey, out var restored))
        {
            Name = restored;
        }
        else if (http.HttpContext?.Request.Cookies.TryGetValue(CookieName, out var cookie) == true)
        {
            // The cookie holds the name as the browser stored it: escaped, and never trusted beyond a lookup.
            Name = Uri.UnescapeDataString(cookie);
        }

        _savedInCookie = Name;
        _persisting = state.RegisterOnPersisting(() =>
        {
            state.PersistAsJson(StateKey, Name);
            return Task.CompletedTask;
        }, RenderMode.InteractiveServer);
    }

    /// <summary>The name of the domain last opened, if any (not necessarily still the user's).</summary>
    public string? Name { get; private set; }

    /// <summary>Remembers an opened domain; the cookie is written once connected (JS is not there while prerendering).</summary>
    public async Task RememberAsync(string domainName, bool interactive)
    {
        Name = domainName;
        if (!interactive || string.Equals(_savedInCookie, domainName, StringComparison.Ordinal))
        {
            return;
        }

        // Set before the call: the switcher and the navigation remember the same domain in the same render.
        _savedInCookie = domainName;
        try
        {
            await _js.InvokeVoidAsync("utmStudio.lastDomain.save", CookieName, domainName);
        }
        catch (JSDisconnectedException)
        {
            // The tab was closed meanwhile: nothing to remember it for.
        }
    }

    public void Dispose() => _persisting.Dispose();
}
