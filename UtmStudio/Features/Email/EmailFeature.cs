namespace UtmStudio.Features.Email;

public static class EmailFeature
{
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        var smtp = builder.Configuration.GetSection(SmtpOptions.Section);
        builder.Services.Configure<SmtpOptions>(smtp);
        if (string.IsNullOrWhiteSpace(smtp["Host"]))
        {
            builder.Services.AddSingleton<IEmailSender, LogEmailSender>();
        }
        else
        {
            builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        return builder;
    }
}
