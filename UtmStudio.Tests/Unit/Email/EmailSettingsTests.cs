using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UtmStudio.Features.Email;

namespace UtmStudio.Tests.Unit.Email;

/// <summary>Email:Smtp:* as an operator writes it: which sender runs, and settings that cannot work stop the start.</summary>
public sealed class EmailSettingsTests
{
    [Fact]
    public void Without_a_host_invitations_are_not_sent_and_the_log_says_so()
    {
        Assert.IsType<LogEmailSender>(Resolve([]));
    }

    [Fact]
    public void With_a_host_mail_goes_over_smtp_with_every_setting_read()
    {
        using var services = Services(new()
        {
            ["Email:Smtp:Host"] = "smtp.example.test",
            ["Email:Smtp:Port"] = "465",
            ["Email:Smtp:Tls"] = "SslOnConnect",
            ["Email:Smtp:UserName"] = "utmstudio",
            ["Email:Smtp:Password"] = "s3cret",
            ["Email:Smtp:From"] = "Acme links <links@acme.test>",
        });

        Assert.IsType<SmtpEmailSender>(services.GetRequiredService<IEmailSender>());
        var smtp = services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        Assert.Equal(("smtp.example.test", 465, SmtpTls.SslOnConnect, "utmstudio", "s3cret", "Acme links <links@acme.test>"),
            (smtp.Host, smtp.Port, smtp.Tls, smtp.UserName, smtp.Password, smtp.From));
    }

    [Fact]
    public void Tls_is_required_unless_the_operator_says_otherwise()
    {
        using var services = Services(new() { ["Email:Smtp:Host"] = "smtp.example.test" });

        var smtp = services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        Assert.Equal((587, SmtpTls.StartTls), (smtp.Port, smtp.Tls));
    }

    [Theory]
    [InlineData("Email:Smtp:From", "not an address", "Email:Smtp:From")]
    [InlineData("Email:Smtp:Port", "70000", "Email:Smtp:Port")]
    [InlineData("Email:Smtp:UserName", "utmstudio", "Email:Smtp:Password")]
    public void Settings_that_cannot_work_stop_the_start_with_the_setting_named(string key, string value, string named)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Services(new() { ["Email:Smtp:Host"] = "smtp.example.test", [key] = value }));

        Assert.Contains(named, error.Message);
    }

    private static IEmailSender Resolve(Dictionary<string, string?> settings)
    {
        using var services = Services(settings);
        return services.GetRequiredService<IEmailSender>();
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddEmailServices(configuration)
            .BuildServiceProvider();
    }
}
