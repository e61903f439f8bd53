using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.RateLimiting;

namespace MachiDx.Platform.Security;

/// <summary>The rate-limit policies endpoints opt into with RequireRateLimiting / [EnableRateLimiting].</summary>
public static class RateLimitPolicies
{
    /// <summary>Password sign-in (pages and the token endpoint), per client address and municipality.</summary>
    public const string Login = "login";

    /// <summary>Creating resident accounts, per client address.</summary>
    public const string Registration = "registration";

    /// <summary>QR card PIN entry at a shop, per signed-in merchant.</summary>
    public const string Pin = "pin";

    /// <summary>Payments, per signed-in resident.</summary>
    public const string Payment = "payment";

    /// <summary>Procedure search, per client address.</summary>
    public const string Search = "search";

    public static readonly IReadOnlyList<string> All = [Login, Registration, Pin, Payment, Search];
}

/// <summary>One policy's fixed window (section "RateLimits:{policy}").</summary>
public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>
/// Abuse limits (ASP.NET Core rate limiter, fixed windows). Only requests that do the costly or guessable thing
/// count: a POST to a sign-in or payment form, a GET with a search query. A refused request gets 429 with
/// Retry-After: problem details on the API, the Japanese error page on pages.
/// </summary>
internal static class RateLimits
{
    public const string SectionName = "RateLimits";

    private static readonly Dictionary<string, RateLimitWindow> Defaults = new(StringComparer.Ordinal)
    {
        [RateLimitPolicies.Login] = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) },
        [RateLimitPolicies.Registration] = new() { PermitLimit = 5, Window = TimeSpan.FromMinutes(10) },
        [RateLimitPolicies.Pin] = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) },
        [RateLimitPolicies.Payment] = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) },
        [RateLimitPolicies.Search] = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) },
    };

    public static IServiceCollection AddMachiDxRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var windows = RateLimitPolicies.All.ToDictionary(p => p, p => Window(configuration, p), StringComparer.Ordinal);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                // The body comes from the status-code pages: problem details for the API, the error page otherwise.
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(RateLimitPolicies.Login, context => ByClient(context, windows[RateLimitPolicies.Login], onlyPost: true));
            options.AddPolicy(RateLimitPolicies.Registration, context => ByClient(context, windows[RateLimitPolicies.Registration], onlyPost: true));
            options.AddPolicy(RateLimitPolicies.Search, context => context.Request.Query.ContainsKey("q") || ApiPaths.IsApi(context.Request.Path)
                ? ByClient(context, windows[RateLimitPolicies.Search], onlyPost: false)
                : RateLimitPartition.GetNoLimiter("browse"));
            options.AddPolicy(RateLimitPolicies.Pin, context => ByUser(context, windows[RateLimitPolicies.Pin]));
            options.AddPolicy(RateLimitPolicies.Payment, context => ByUser(context, windows[RateLimitPolicies.Payment]));
        });
        return services;
    }

    private static RateLimitWindow Window(IConfiguration configuration, string policy)
    {
        var window = new RateLimitWindow { PermitLimit = Defaults[policy].PermitLimit, Window = Defaults[policy].Window };
        configuration.GetSection(SectionName).GetSection(policy).Bind(window);
        if (window.PermitLimit < 1 || window.Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{SectionName}:{policy} needs a PermitLimit ≥ 1 and a positive Window.");
        }

        return window;
    }

    private static RateLimitPartition<string> ByClient(HttpContext context, RateLimitWindow window, bool onlyPost)
    {
        if (onlyPost && !HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var city = context.GetRouteValue("city") as string ?? "";
        return Fixed(ClientAddress(context) + "|" + city, window);
    }

    private static RateLimitPartition<string> ByUser(HttpContext context, RateLimitWindow window)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var user = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return Fixed(user is null ? "anonymous|" + ClientAddress(context) : "user|" + user, window);
    }

    private static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString() : IPAddress.None.ToString();

    private static RateLimitPartition<string> Fixed(string key, RateLimitWindow window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = window.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
