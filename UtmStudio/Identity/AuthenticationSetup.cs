using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using UtmStudio.Features.Operations;
using UtmStudio.Identity.DevProvider;

namespace UtmStudio.Identity;

public static class AuthenticationSetup
{
    public const string CookieName = ".UtmStudio.Auth";

    public static WebApplicationBuilder AddAppAuthentication(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(OidcSettings.Section).Get<OidcSettings>() ?? new OidcSettings();
        var devProvider = DevIdentityProviderSettings.Resolve(builder.Environment, builder.Configuration, settings);
        if (devProvider is not null)
        {
            builder.AddDevIdentityProvider();
            settings = devProvider.AsOidcSettings();
        }
        else if (string.IsNullOrWhiteSpace(settings.Authority) || string.IsNullOrWhiteSpace(settings.ClientId))
        {
            throw new InvalidOperationException(
                "Sign-in is not configured: set Oidc:Authority (Clerk's Frontend API URL), Oidc:ClientId and " +
                "Oidc:ClientSecret. See README.md.");
        }
        else
        {
            // An external provider: say at start-up, in the log, when it cannot be reached or is not the one meant.
            builder.Services.AddHostedService<IdentityProviderCheck>();
        }

        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
            })
            .AddOpenIdConnect(options => ConfigureOpenIdConnect(options, settings, builder.Environment));

        // Forms may lead to the identity provider (the sign-in round trip).
        builder.Services.Configure<SecurityHeadersOptions>(options =>
            options.FormActionSources.Add(new Uri(settings.Authority!).GetLeftPart(UriPartial.Authority)));
        builder.Services.AddScoped<SignInRecorder>();
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<CurrentUser>();
        return builder;
    }

    private static void ConfigureOpenIdConnect(OpenIdConnectOptions options, OidcSettings settings, IHostEnvironment environment)
    {
        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.ResponseType = "code";
        options.UsePkce = true;
        options.MapInboundClaims = false;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = settings.GetClaimsFromUserInfoEndpoint;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.Scope.Add("email");
        options.CallbackPath = "/signin-oidc";

        // Userinfo claims outside the default set are dropped unless mapped; invitations rely on this one.
        options.ClaimActions.MapUniqueJsonKey(AppClaims.EmailVerified, AppClaims.EmailVerified);
        options.TokenValidationParameters.NameClaimType = AppClaims.Name;
        options.RequireHttpsMetadata = !environment.IsDevelopment();
        options.CorrelationCookie.Name = ".UtmStudio.Correlation.";
        options.NonceCookie.Name = ".UtmStudio.Nonce.";
        options.Events.OnTicketReceived = context =>
            context.HttpContext.RequestServices.GetRequiredService<SignInRecorder>().OnTicketReceivedAsync(context);
        options.Events.OnRemoteFailure = context =>
            context.HttpContext.RequestServices.GetRequiredService<SignInRecorder>().OnRemoteFailure(context);
    }
}
