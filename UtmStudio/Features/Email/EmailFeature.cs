namespace UtmStudio.Features.Email;

public static class EmailFeature
{
    public static WebApplicationBuilder AddEmailFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddEmailServices(builder.Configuration);
        return builder;
    }

    /// <summary>SMTP (MailKit) when Email:Smtp:Host is set, otherwise the log sender. Unusable settings stop the start.</summary>
    public static IServiceCollection AddEmailServices(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SmtpOptions.Section);
        var smtp = section.Get<SmtpOptions>() ?? new SmtpOptions();
        services.Configure<SmtpOptions>(section);
        if (!smtp.IsConfigured)
        {
            services.AddSingleton<IEmailSender, LogEmailSender>();
            return services;
        }

        if (smtp.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        return services;
    }
}
