using MachiDx.Platform.Identity;
using MachiDx.Platform.Identity.Login;
using MachiDx.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MachiDx.Platform.Admin;

/// <summary>Sign-in for platform administrators, who belong to no municipality.</summary>
[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class PlatformLoginModel(SignInGate gate, SignInManager<AppUser> signIn) : PageModel
{
    public const string Realm = "platform";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await gate.CheckAsync(AppUser.QualifiedUserName(Realm, Input.Email!), Input.Password!);
        if (outcome.User is null || outcome.User.Kind != UserKind.PlatformAdmin)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Email)}", outcome.Message ?? SignInGate.WrongCredentials);
            return Page();
        }

        await signIn.SignInAsync(outcome.User, isPersistent: false);
        return LocalRedirect("/admin");
    }
}
