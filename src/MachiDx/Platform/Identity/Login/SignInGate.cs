using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace MachiDx.Platform.Identity.Login;

/// <summary>
/// Checks a password for an account of one municipality, counting failures towards lockout. Unknown
/// accounts and wrong passwords get the same message, so the form does not reveal who is registered.
/// </summary>
public sealed class SignInGate(UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    public const string WrongCredentials = "メールアドレスまたはパスワードが正しくありません。";
    public const string LockedOut = "ログインに続けて失敗したため、このアカウントを一時的にロックしました。15分ほど待ってから、もう一度お試しください。";

    public Task<SignInOutcome> CheckAsync(MunicipalityInfo municipality, string email, string password) =>
        CheckAsync(AppUser.QualifiedUserName(municipality?.Code ?? throw new ArgumentNullException(nameof(municipality)), email), password);

    public async Task<SignInOutcome> CheckAsync(string qualifiedUserName, string password)
    {
        var user = await users.FindByNameAsync(qualifiedUserName);
        if (user is null)
        {
            return new SignInOutcome(null, false, WrongCredentials);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return new SignInOutcome(null, true, LockedOut);
        }

        return result.Succeeded ? new SignInOutcome(user, false, null) : new SignInOutcome(null, false, WrongCredentials);
    }
}

public sealed record SignInOutcome(AppUser? User, bool LockedOut, string? Message);
