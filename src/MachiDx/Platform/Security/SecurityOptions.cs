namespace MachiDx.Platform.Security;

/// <summary>
/// Session and transport settings (section "Security"). The defaults suit a single host on localhost;
/// docs/operations.md lists what production sets.
/// </summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Staff, merchants and platform admins are signed out after this long without a request.</summary>
    public TimeSpan StaffIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Residents are signed out after this long without a request.</summary>
    public TimeSpan ResidentIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Sign-in and antiforgery cookies are sent over HTTPS only (set behind a TLS-terminating proxy).</summary>
    public bool SecureCookiesOnly { get; set; }

    /// <summary>
    /// Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto headers are believed. Empty: the
    /// headers are ignored, so a client cannot forge its address for the rate limits.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];
}
