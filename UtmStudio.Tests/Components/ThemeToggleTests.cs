using Bunit;
using UtmStudio.Components;
using UtmStudio.Components.Layout;

namespace UtmStudio.Tests.Components;

public sealed class ThemeToggleTests : MudTestBase
{
    [Fact]
    public async Task Toggling_switches_to_dark_and_remembers_the_choice()
    {
        bool? reported = null;
        var toggle = RenderInteractive<ThemeToggle>(p => p.Add(t => t.IsDark, false).Add(t => t.IsDarkChanged, value => reported = value));

        await toggle.Find("button[aria-label='Switch to dark mode']").ClickAsync(new());

        Assert.True(reported);
        Assert.NotNull(toggle.Find("button[aria-label='Switch to light mode']"));
        var saved = JSInterop.VerifyInvoke("utmStudio.theme.save");
        Assert.Equal(ThemeCookie.Dark, saved.Arguments[0]);
    }

    [Fact]
    public async Task Toggling_back_remembers_light()
    {
        var toggle = RenderInteractive<ThemeToggle>(p => p.Add(t => t.IsDark, true));

        await toggle.Find("button[aria-label='Switch to light mode']").ClickAsync(new());

        Assert.Equal(ThemeCookie.Light, JSInterop.VerifyInvoke("utmStudio.theme.save").Arguments[0]);
    }
}
