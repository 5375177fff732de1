using UtmStudio.Identity;

namespace UtmStudio.Tests.Unit;

public sealed class ReturnUrlTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/dashboard", "/dashboard")]
    [InlineData("/campaigns?status=active#top", "/campaigns?status=active#top")]
    [InlineData(" /profile ", "/profile")]
    public void Paths_of_this_app_are_kept(string candidate, string expected) =>
        Assert.Equal(expected, ReturnUrl.Sanitize(candidate));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("dashboard")]
    [InlineData("/dash\r\nSet-Cookie: x=1")]
    public void Anything_else_becomes_the_start_page(string? candidate) =>
        Assert.Equal("/", ReturnUrl.Sanitize(candidate));
}
