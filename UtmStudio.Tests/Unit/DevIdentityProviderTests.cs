using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.FileProviders;
using UtmStudio.Identity;
using UtmStudio.Identity.DevProvider;

namespace UtmStudio.Tests.Unit;

public sealed class DevIdentityProviderTests
{
    [Fact]
    public void The_same_email_always_gets_the_same_subject_whatever_its_case()
    {
        Assert.Equal(DevIdentity.SubjectFor("Jane@Acme.test"), DevIdentity.SubjectFor(" jane@acme.test"));
        Assert.NotEqual(DevIdentity.SubjectFor("jane@acme.test"), DevIdentity.SubjectFor("john@acme.test"));
    }

    [Theory]
    [InlineData("jane.doe@acme.test", null, "Jane Doe")]
    [InlineData("jane_doe@acme.test", "  ", "Jane Doe")]
    [InlineData("x@acme.test", "Ms X", "Ms X")]
    public void A_name_is_derived_from_the_email_unless_typed(string email, string? typed, string expected) =>
        Assert.Equal(expected, DevIdentity.NameFor(email, typed));

    [Fact]
    public void It_is_on_in_development_when_no_provider_is_configured()
    {
        var settings = DevIdentityProviderSettings.Resolve(Environment("Development"), Config(("urls", "http://127.0.0.1:6001")), new OidcSettings());

        Assert.Equal("http://127.0.0.1:6001/", settings?.Authority);
    }

    [Fact]
    public void It_is_off_when_a_real_provider_is_configured() =>
        Assert.Null(DevIdentityProviderSettings.Resolve(Environment("Development"), Config(), new OidcSettings { Authority = "https://clerk.test" }));

    [Fact]
    public void It_is_off_by_default_outside_development() =>
        Assert.Null(DevIdentityProviderSettings.Resolve(Environment("Staging"), Config(), new OidcSettings()));

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Production-EU")]
    public void The_app_refuses_to_start_with_it_anywhere_but_development(string environment)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DevIdentityProviderSettings.Resolve(
            Environment(environment), Config(("DevIdentityProvider:Enabled", "true")), new OidcSettings()));

        Assert.Contains("runs only in Development", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "http://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:7000;http://localhost:7001", "http://127.0.0.1:7000")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080")]
    public void Its_address_is_the_first_one_the_app_listens_on(string? urls, string expected) =>
        Assert.Equal(expected, DevIdentityProviderSettings.BaseAddressFromUrls(urls));

    [Theory]
    [InlineData("http://127.0.0.1:5080/signin-oidc", true)]
    [InlineData("http://localhost:5080/signin-oidc", true)]
    [InlineData("https://evil.example/signin-oidc", false)]
    [InlineData("http://127.0.0.1:5080/other", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(null, false)]
    public void Only_the_apps_loopback_callback_may_receive_codes(string? redirectUri, bool allowed) =>
        Assert.Equal(allowed, DevIdentityProviderSetup.IsLoopbackCallback(redirectUri));

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    private static IHostEnvironment Environment(string name) => new FakeEnvironment { EnvironmentName = name };

    private sealed class FakeEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";

        public string ApplicationName { get; set; } = "UtmStudio";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
