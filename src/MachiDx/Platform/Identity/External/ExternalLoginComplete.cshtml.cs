using System.Security.Claims;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Data;
using MachiDx.Platform.Identity.Login;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Platform.Identity.External;

/// <summary>
/// Where a staff member lands after the city's identity provider. The external identity is accepted only when it
/// came through this city's own scheme and names one of this city's staff accounts: first by the provider's subject
/// linked before, else by e-mail address (then the subject is linked, audited, so a later change of address at the
/// provider does not lock the person out). Residents, merchants and other cities' accounts are never signed in here.
/// </summary>
public sealed class ExternalLoginCompleteModel(
    TenantContext tenant,
    OidcProviders providers,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    PlatformDbContext db,
    AuditTrail audit,
    ILogger<ExternalLoginCompleteModel> logger) : PageModel
{
    public const string Failed = "庁内アカウントでのログインを完了できませんでした。お手数ですが、もう一度お試しください。";
    public const string NoStaffAccount = "この庁内アカウントに対応する MachiDX の職員アカウントが見つかりません。システム管理者にお問い合わせください。";
    public const string Unverified = "庁内アカウントのメールアドレスが確認されていないため、ログインできません。システム管理者にお問い合わせください。";

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var city = tenant.Required.Code;
        var provider = providers.For(city);
        if (provider is null)
        {
            return NotFound();
        }

        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var scheme = OidcSignIn.SchemeFor(city);
        if (!external.Succeeded || external.Properties?.Items.TryGetValue(OidcSignIn.ProviderItem, out var startedFor) != true || startedFor != scheme)
        {
            Message = Failed;
            return Page();
        }

        var principal = external.Principal!;
        var subject = principal.FindFirstValue("sub");
        var email = principal.FindFirstValue(provider.EmailClaim);
        if (string.IsNullOrEmpty(subject))
        {
            Message = Failed;
            return Page();
        }

        var user = await users.FindByLoginAsync(scheme, subject);
        var linked = user is not null;
        if (user is null && !string.IsNullOrWhiteSpace(email))
        {
            if (string.Equals(principal.FindFirstValue("email_verified"), "false", StringComparison.OrdinalIgnoreCase))
            {
                Message = Unverified;
                return Page();
            }

            user = await users.FindByNameAsync(AppUser.QualifiedUserName(city, email));
        }

        if (user is null || user.Kind != UserKind.Staff || user.MunicipalityId != tenant.Required.Id)
        {
            logger.LogInformation("External sign-in refused at {City}: no staff account for the provider's subject", city);
            Message = NoStaffAccount;
            return Page();
        }

        if (await users.IsLockedOutAsync(user))
        {
            Message = SignInGate.LockedOut;
            return Page();
        }

        if (!linked)
        {
            db.UserLogins.Add(new IdentityUserLogin<Guid> { LoginProvider = scheme, ProviderKey = subject, ProviderDisplayName = provider.DisplayName, UserId = user.Id });
            audit.Record(db, "StaffAccount.ExternalLoginLinked", nameof(AppUser), user.Id.ToString(), new { provider = scheme, subject });
            await db.SaveChangesAsync(cancellationToken);
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: scheme);
        var home = "/" + city + "/staff";
        var ownCity = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/" + city + "/", StringComparison.OrdinalIgnoreCase);
        return LocalRedirect(ownCity ? returnUrl! : home);
    }
}
