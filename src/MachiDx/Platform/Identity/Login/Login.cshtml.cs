using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Identity.External;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MachiDx.Platform.Identity.Login;

[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class LoginModel(TenantContext tenant, SignInGate gate, SignInManager<AppUser> signIn, OidcProviders providers) : PageModel
{
    /// <summary>The city's staff identity provider, when one is configured (the page then offers its button).</summary>
    public OidcProviderOptions? StaffProvider => providers.For(tenant.Required.Code);

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await gate.CheckAsync(tenant.Required, Input.Email!, Input.Password!);
        if (outcome.User is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Email)}", outcome.Message!);
            return Page();
        }

        await signIn.SignInAsync(outcome.User, isPersistent: false);
        var home = "/" + tenant.Required.Code + (outcome.User.Kind == UserKind.Staff ? "/staff" : "/mypage");
        return LocalRedirect(IsOwnCityUrl(ReturnUrl) ? ReturnUrl! : home);
    }

    /// <summary>Starts sign-in at the city's identity provider; the round trip ends at the external-login page.</summary>
    public IActionResult OnPostExternal()
    {
        var city = tenant.Required.Code;
        if (StaffProvider is null)
        {
            return NotFound();
        }

        var complete = OidcSignIn.CompletePathFor(city) + (IsOwnCityUrl(ReturnUrl) ? "?returnUrl=" + Uri.EscapeDataString(ReturnUrl!) : "");
        var properties = new AuthenticationProperties { RedirectUri = complete };
        properties.Items[OidcSignIn.ProviderItem] = OidcSignIn.SchemeFor(city);
        return Challenge(properties, OidcSignIn.SchemeFor(city));
    }

    private bool IsOwnCityUrl(string? url) =>
        !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) && url.StartsWith("/" + tenant.Required.Code + "/", StringComparison.OrdinalIgnoreCase);
}

public sealed class LoginInput
{
    [Display(Name = "メールアドレス")]
    [Required(ErrorMessage = "メールアドレスを入力してください。")]
    [StringLength(254, ErrorMessage = "メールアドレスは254文字以内で入力してください。")]
    [EmailAddress(ErrorMessage = "メールアドレスの形式が正しくありません（例: taro@example.jp）。")]
    public string? Email { get; set; }

    [Display(Name = "パスワード")]
    [Required(ErrorMessage = "パスワードを入力してください。")]
    [StringLength(128, ErrorMessage = "パスワードは128文字以内で入力してください。")]
    public string? Password { get; set; }
}
