using System.Security.Claims;
using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace MachiDx.Tests.Platform;

/// <summary>The bearer-token cache saves decryption without changing what a token means.</summary>
public sealed class CachedBearerTicketsTests
{
    private sealed class CountingFormat(DateTimeOffset expires) : ISecureDataFormat<AuthenticationTicket>
    {
        public int Unprotects { get; private set; }

        public string Protect(AuthenticationTicket data) => "token";

        public string Protect(AuthenticationTicket data, string? purpose) => "token";

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Unprotects++;
            if (protectedText != "valid")
            {
                return null;
            }

            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "resident")], "Bearer"));
            return new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expires }, "Bearer");
        }
    }

    [Fact]
    public void A_valid_token_is_decrypted_once_and_every_request_gets_its_own_principal()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var inner = new CountingFormat(clock.GetUtcNow().AddHours(1));
        var cache = new CachedBearerTickets(inner, clock);
        var first = cache.Unprotect("valid")!;
        var second = cache.Unprotect("valid")!;
        Assert.Equal(1, inner.Unprotects);
        Assert.NotSame(first.Principal, second.Principal);
        ((ClaimsIdentity)second.Principal.Identity!).AddClaim(new Claim("added", "by a transformation"));
        Assert.Null(cache.Unprotect("valid")!.Principal.FindFirst("added"));
    }

    [Fact]
    public void An_invalid_token_is_never_cached_and_an_expired_entry_is_checked_again()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var inner = new CountingFormat(clock.GetUtcNow().AddMinutes(5));
        var cache = new CachedBearerTickets(inner, clock);
        Assert.Null(cache.Unprotect("forged"));
        Assert.Null(cache.Unprotect("forged"));
        Assert.Equal(2, inner.Unprotects);

        cache.Unprotect("valid");
        clock.Advance(TimeSpan.FromMinutes(6));
        cache.Unprotect("valid");
        Assert.Equal(4, inner.Unprotects);
    }
}
