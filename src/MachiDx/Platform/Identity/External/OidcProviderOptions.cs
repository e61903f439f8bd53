namespace MachiDx.Platform.Identity.External;

/// <summary>
/// One municipality's OpenID Connect identity provider for staff sign-in (for example the city's Microsoft Entra ID
/// tenant or its LGWAN-side IdP), configured under <c>Authentication:Oidc:{city}</c>. Residents keep passwords.
/// </summary>
public sealed class OidcProviderOptions
{
    /// <summary>The issuer URL; its <c>/.well-known/openid-configuration</c> is read at the first sign-in.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    /// <summary>Keep it out of appsettings: an environment variable or a secret store.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The button reads 「{DisplayName}でログイン」.</summary>
    public string DisplayName { get; set; } = "庁内アカウント";

    /// <summary>The ID-token claim holding the staff member's e-mail address (Entra ID: <c>email</c> or <c>preferred_username</c>).</summary>
    public string EmailClaim { get; set; } = "email";

    public bool RequireHttpsMetadata { get; set; } = true;
}
