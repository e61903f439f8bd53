using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Platform.Identity.Logout;

public sealed class LogoutModel(SignInManager<AppUser> signIn, TenantContext tenant) : PageModel
{
    public IActionResult OnGet() => Redirect("/" + tenant.Required.Code);

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Page();
    }
}
