using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using UtmStudio.Identity;

namespace UtmStudio.Tests.Unit;

public sealed class SignInFailureTests
{
    [Theory]
    [InlineData("invalid_client")]
    [InlineData("unauthorized_client")]
    [InlineData("invalid_request")]
    [InlineData("invalid_scope")]
    [InlineData("unsupported_response_type")]
    public void A_provider_refusing_this_app_is_a_configuration_problem(string providerError)
    {
        var failure = SignInFailure.From(ProviderAnswered(providerError));

        Assert.Equal(SignInFailure.Configuration, failure.Reason);
        Assert.Equal(providerError, failure.ProviderError);
        Assert.True(failure.IsConfigurationProblem);
    }

    [Fact]
    public void The_provider_error_is_found_inside_a_wrapping_exception() =>
        Assert.Equal(SignInFailure.Configuration,
            SignInFailure.From(new AuthenticationFailureException("Sign-in failed", ProviderAnswered("invalid_client"))).Reason);

    [Theory]
    [InlineData("access_denied", SignInFailure.Interrupted)]
    [InlineData("login_required", SignInFailure.Interrupted)]
    [InlineData("invalid_grant", SignInFailure.Interrupted)]
    [InlineData("server_error", SignInFailure.Unavailable)]
    [InlineData("temporarily_unavailable", SignInFailure.Unavailable)]
    public void Other_provider_errors_are_not_blamed_on_the_configuration(string providerError, string reason) =>
        Assert.Equal(reason, SignInFailure.From(ProviderAnswered(providerError)).Reason);

    [Fact]
    public void A_token_for_another_client_is_a_configuration_problem() =>
        Assert.Equal(SignInFailure.Configuration, SignInFailure.From(new SecurityTokenInvalidAudienceException("IDX10214")).Reason);

    [Fact]
    public void An_unreachable_provider_is_said_to_be_unavailable() =>
        Assert.Equal(SignInFailure.Unavailable,
            SignInFailure.From(new AuthenticationFailureException("x", new HttpRequestException("Connection refused"))).Reason);

    [Fact]
    public void A_lost_or_expired_round_trip_asks_to_try_again()
    {
        Assert.Equal(SignInFailure.Interrupted, SignInFailure.From(new AuthenticationFailureException("Correlation failed.")).Reason);
        Assert.Equal(SignInFailure.Interrupted, SignInFailure.From(null).Reason);
    }

    /// <summary>How ASP.NET Core's OpenID Connect handler reports an error response from the provider.</summary>
    private static OpenIdConnectProtocolException ProviderAnswered(string error)
    {
        var exception = new OpenIdConnectProtocolException($"Message contains error: '{error}', error_description: 'x', error_uri: 'null'.");
        exception.Data["error"] = error;
        exception.Data["error_description"] = "x";
        return exception;
    }
}
