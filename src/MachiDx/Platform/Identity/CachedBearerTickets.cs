using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace MachiDx.Platform.Identity;

/// <summary>
/// Remembers recently validated bearer tokens, so that an app calling the API many times a second does not pay the
/// token's decryption (data protection) on every request. Only what decrypted successfully is cached, keyed by the
/// exact token text; the handler still checks the ticket's expiry on every request, and each request gets its own copy
/// of the principal. Bounded: past <see cref="Capacity"/> entries the cache is cleared and refills from live traffic.
/// </summary>
internal sealed class CachedBearerTickets(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider time) : ISecureDataFormat<AuthenticationTicket>
{
    public const int Capacity = 50_000;
    private readonly ConcurrentDictionary<string, AuthenticationTicket> tickets = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null)
        {
            return null;
        }

        var key = purpose is null ? protectedText : purpose + "\n" + protectedText;
        if (tickets.TryGetValue(key, out var cached))
        {
            if (cached.Properties.ExpiresUtc is { } expires && expires > time.GetUtcNow())
            {
                return Copy(cached);
            }

            tickets.TryRemove(key, out _);
        }

        var ticket = inner.Unprotect(protectedText, purpose);
        if (ticket?.Properties.ExpiresUtc is { } expiry && expiry > time.GetUtcNow())
        {
            if (tickets.Count >= Capacity)
            {
                tickets.Clear();
            }

            tickets[key] = Copy(ticket);
        }

        return ticket;
    }

    private static AuthenticationTicket Copy(AuthenticationTicket ticket) =>
        new(new ClaimsPrincipal(ticket.Principal.Identities.Select(i => i.Clone())), ticket.Properties.Clone(), ticket.AuthenticationScheme);

    /// <summary>Wraps the bearer scheme's token format once its options are configured.</summary>
    internal static void Configure(IServiceCollection services, string scheme) =>
        services.AddOptions<BearerTokenOptions>(scheme).PostConfigure<TimeProvider>((options, clock) =>
            options.BearerTokenProtector = new CachedBearerTickets(options.BearerTokenProtector, clock));
}
