namespace UtmStudio.Features.Account;

public static class AccountFeature
{
    public static WebApplicationBuilder AddAccountFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<UserAccountService>();
        builder.Services.AddScoped<DeletedDomains>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<LastDomain>();
        return builder;
    }
}
