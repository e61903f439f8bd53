using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace MachiDx.Platform.Web;

/// <summary>The sign-in cookie: HttpOnly, SameSite=Lax, and login pages per municipality.</summary>
internal static class CookieSetup
{
    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "machidx.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
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
