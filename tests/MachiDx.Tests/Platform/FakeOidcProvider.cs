using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MachiDx.Tests.Platform;

/// <summary>
/// A minimal OpenID Connect provider behind an <see cref="HttpMessageHandler"/>: discovery, signing keys and a token
/// endpoint that redeems one-time codes with PKCE (S256). The test plays the browser's part at the authorize step:
/// it reads the app's redirect and calls <see cref="Authorize"/> with the identity to issue.
/// </summary>
public sealed class FakeOidcProvider : HttpMessageHandler
{
    public const string ClientId = "machidx-okawa";
    public const string ClientSecret = "test-secret";

    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, Grant> codes = new(StringComparer.Ordinal);

    public FakeOidcProvider(string issuer) => Issuer = issuer;

    public string Issuer { get; }

    /// <summary>Another key the app has never seen: tokens signed with it must be refused.</summary>
    public bool SignWithUnknownKey { get; set; }

    /// <summary>
    /// What the provider does after the person signs in there: checks the authorize request and returns the code the
    /// browser would carry back, bound to the request's nonce and PKCE challenge.
    /// </summary>
    public string Authorize(Uri authorizeRequest, IDictionary<string, object> claims)
    {
        ArgumentNullException.ThrowIfNull(authorizeRequest);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorizeRequest.Query);
        Assert.Equal(Issuer + "/authorize", authorizeRequest.GetLeftPart(UriPartial.Path));
        Assert.Equal(ClientId, query["client_id"].ToString());
        Assert.Equal("code", query["response_type"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.Contains("openid", query["scope"].ToString().Split(' '));
        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        codes[code] = new Grant(query["nonce"].ToString(), query["code_challenge"].ToString(), query["redirect_uri"].ToString(), claims);
        return code;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.GetLeftPart(UriPartial.Path);
        if (path == Issuer + "/.well-known/openid-configuration")
        {
            return Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = Issuer + "/authorize",
                ["token_endpoint"] = Issuer + "/token",
                ["jwks_uri"] = Issuer + "/jwks",
                ["response_types_supported"] = new[] { "code" },
                ["subject_types_supported"] = new[] { "public" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["code_challenge_methods_supported"] = new[] { "S256" },
            });
        }

        if (path == Issuer + "/jwks")
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
            return Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } });
        }

        if (path == Issuer + "/token" && request.Method == HttpMethod.Post)
        {
            var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery("?" + await request.Content!.ReadAsStringAsync(cancellationToken));
            var secretOk = form["client_secret"] == ClientSecret && form["client_id"] == ClientId;
            if (!secretOk || !codes.TryRemove(form["code"].ToString(), out var grant) || form["redirect_uri"] != grant.RedirectUri
                || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != grant.CodeChallenge)
            {
                return Json(new { error = "invalid_grant" }, HttpStatusCode.BadRequest);
            }

            var claims = new Dictionary<string, object>(grant.Claims) { ["nonce"] = grant.Nonce };
            var signingKey = SignWithUnknownKey ? new RsaSecurityKey(RSA.Create(2048)) { KeyId = key.KeyId } : key;
            var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = ClientId,
                Claims = claims,
                IssuedAt = DateTime.UtcNow,
                NotBefore = DateTime.UtcNow.AddMinutes(-1),
                Expires = DateTime.UtcNow.AddMinutes(5),
                SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
            });
            return Json(new { access_token = "opaque", token_type = "Bearer", expires_in = 300, id_token = idToken });
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            key.Rsa.Dispose();
        }

        base.Dispose(disposing);
    }

    private static HttpResponseMessage Json(object body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    private sealed record Grant(string Nonce, string CodeChallenge, string RedirectUri, IDictionary<string, object> Claims);
}
