using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MachiDx.Platform.Identity.Register;

[EnableRateLimiting(RateLimitPolicies.Registration)]
public sealed class RegisterModel(TenantContext tenant, ResidentRegistration registration, UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public ResidentRegistrationInput Input { get; set; } = new();

    [BindProperty]
    [Display(Name = "パスワード（確認）")]
    [Required(ErrorMessage = "確認のため、パスワードをもう一度入力してください。")]
    [StringLength(128, ErrorMessage = "パスワードは128文字以内で入力してください。")]
    public string? ConfirmPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ConfirmPassword is not null && Input.Password is not null && !string.Equals(ConfirmPassword, Input.Password, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "確認用のパスワードが一致しません。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await registration.RegisterAsync(tenant.Required, Input, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(nameof(Input), result.Errors);
            return Page();
        }

        var user = await users.FindByIdAsync(result.UserId!.Value.ToString());
        await signIn.SignInAsync(user!, isPersistent: false);
        return Redirect($"/{tenant.Required.Code}/mypage?registered=true");
    }
}
