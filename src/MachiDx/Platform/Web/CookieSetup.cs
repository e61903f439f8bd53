using MachiDx.Platform.Identity;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace MachiDx.Platform.Web;

/// <summary>
/// The sign-in cookie: HttpOnly, SameSite=Lax, HTTPS-only when configured, login pages per municipality, and a
/// sliding idle timeout that is shorter for staff, merchants and platform admins than for residents.
/// </summary>
internal static class CookieSetup
{
    public static void Configure(CookieAuthenticationOptions options, SecurityOptions security)
    {
        options.Cookie.Name = "machidx.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = security.SecureCookiesOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = security.ResidentIdleTimeout;
        options.SlidingExpiration = true;
        options.Events.OnSigningIn = context =>
        {
            // The ticket's lifetime is the idle timeout: sliding renewal keeps the same span from each request.
            var kind = context.Principal?.FindFirst(MachiDxClaims.Kind)?.Value;
            var timeout = kind == nameof(UserKind.Resident) ? security.ResidentIdleTimeout : security.StaffIdleTimeout;
            var now = context.Properties.IssuedUtc ?? context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
            context.Properties.IssuedUtc = now;
            context.Properties.ExpiresUtc = now.Add(timeout);
            context.Properties.IsPersistent = false;
            return Task.CompletedTask;
        };
        options.Events.OnRedirectToLogin = context =>
        {
            var city = context.HttpContext.GetRouteValue(TenantResolutionMiddleware.RouteKey) as string;
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            var login = city is null ? "/admin/login" : $"/{city}/login";
            context.Response.Redirect(login + "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
            return Task.CompletedTask;
        };
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
