using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MachiDx.Platform.Identity.External;

/// <summary>
/// Registers one OpenID Connect scheme per municipality that configures a staff identity provider. The provider
/// only proves who someone is: the result lands in Identity's short-lived external cookie, and
/// <see cref="ExternalLoginCompleteModel"/> decides whether it is one of that city's staff accounts.
/// </summary>
public static class OidcSignIn
{
    public const string SectionName = "Authentication:Oidc";

    /// <summary>The item in the challenge's properties that names the scheme it was started for.</summary>
    public const string ProviderItem = "LoginProvider";

    public static string SchemeFor(string city) => "oidc-" + city;

    public static string CallbackPathFor(string city) => "/signin-oidc/" + city;

    public static string CompletePathFor(string city) => "/" + city + "/login/external/complete";

    public static void Add(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        var providers = new Dictionary<string, OidcProviderOptions>(StringComparer.Ordinal);
        foreach (var section in configuration.GetSection(SectionName).GetChildren())
        {
            var city = section.Key;
            var provider = section.Get<OidcProviderOptions>() ?? new OidcProviderOptions();
            if (string.IsNullOrWhiteSpace(provider.Authority) || string.IsNullOrWhiteSpace(provider.ClientId))
            {
                throw new InvalidOperationException($"{SectionName}:{city} needs Authority and ClientId.");
            }

            providers.Add(city, provider);
            authentication.AddOpenIdConnect(SchemeFor(city), provider.DisplayName, options => Configure(options, city, provider));
        }

        authentication.Services.AddSingleton(new OidcProviders(providers));
    }

    private static void Configure(OpenIdConnectOptions options, string city, OidcProviderOptions provider)
    {
        options.Authority = provider.Authority;
        options.ClientId = provider.ClientId;
        options.ClientSecret = provider.ClientSecret;
        options.RequireHttpsMetadata = provider.RequireHttpsMetadata;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.Scope.Add("email");
        options.CallbackPath = CallbackPathFor(city);
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.SaveTokens = false;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.Events.OnRemoteFailure = context =>
        {
            // A cancelled or forged round trip (bad state, wrong nonce, provider error) ends on the Japanese page.
            context.Response.Redirect(CompletePathFor(city) + "?failed=1");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}

/// <summary>The configured staff identity providers, by municipality code.</summary>
public sealed class OidcProviders(IReadOnlyDictionary<string, OidcProviderOptions> providers)
{
    public OidcProviderOptions? For(string city) => providers.GetValueOrDefault(city);
}
