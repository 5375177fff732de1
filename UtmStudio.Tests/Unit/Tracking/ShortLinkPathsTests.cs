using UtmStudio.Features.Tracking.Redirect;

namespace UtmStudio.Tests.Unit.Tracking;

public sealed class ShortLinkPathsTests
{
    [Theory]
    [InlineData("/l/Ab3dE9xQ", "Ab3dE9xQ", false)]
    [InlineData("/l/Ab3dE9xQ/", "Ab3dE9xQ", false)]
    [InlineData("/L/Ab3dE9xQ", "Ab3dE9xQ", false)]
    [InlineData("/q/Ab3dE9xQ", "Ab3dE9xQ", true)]
    [InlineData("/l/abcdefghijklmnop", "abcdefghijklmnop", false)]
    public void Short_link_paths_give_their_code_case_kept(string path, string code, bool fromQr)
    {
        Assert.True(ShortLinkPaths.TryParse(path, out var parsed, out var qr));
        Assert.Equal((code, fromQr), (parsed, qr));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("/")]
    [InlineData("/l/")]
    [InlineData("/l/abc123")] // 6: too short
    [InlineData("/l/abcdefghijklmnopq")] // 17: too long
    [InlineData("/l/abc_defg")]
    [InlineData("/l/abcdéfgh")]
    [InlineData("/l/abcdefgh/x")]
    [InlineData("/l//abcdefgh")]
    [InlineData("/login")]
    [InlineData("/links/abcdefgh")]
    [InlineData("/x/abcdefgh")]
    public void Anything_else_is_not_a_short_link(string? path) =>
        Assert.False(ShortLinkPaths.TryParse(path, out _, out _));
}
