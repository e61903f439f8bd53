using MachiDx.Platform.Rules;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace MachiDx.Platform.Identity.Login;

/// <summary>
/// Checks a password for an account of one municipality, counting failures towards lockout. Whether the account
/// exists must not show: an unknown account, a wrong password and a locked account get the same message, and an
/// unknown or locked account still costs one password-hash verification (against a fixed dummy hash), so that the
/// answer takes as long as for a wrong password (without it: ~20 ms against ~300 ms, a list of who is registered).
/// Used by the city sign-in page, the platform administrators' sign-in and the API token endpoint.
/// </summary>
public sealed class SignInGate(UserManager<AppUser> users, SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher)
{
    public const string WrongCredentials =
        "メールアドレスまたはパスワードが正しくありません。続けて間違えると、しばらくログインできなくなります。その場合は15分ほど待ってから、もう一度お試しください。";

    /// <summary>Only after the person has proved who they are elsewhere (an identity provider): then it reveals nothing.</summary>
    public const string LockedOut = "ログインに続けて失敗したため、このアカウントを一時的にロックしました。15分ほど待ってから、もう一度お試しください。";

    /// <summary>The one refusal for an unknown account, a wrong password and a locked account (401 on the API).</summary>
    private static readonly Refusal Refused = Refusal.Invalid(WrongCredentials);

    private static readonly AppUser Nobody = new() { UserName = "nobody" };

    // A hash of a random password made by the same hasher (same algorithm and iteration count as real accounts'),
    // once per process: verifying against it costs what verifying a real account costs.
    private static string? dummyHash;

    public Task<SignInOutcome> CheckAsync(MunicipalityInfo municipality, string email, string password) =>
        CheckAsync(AppUser.QualifiedUserName(municipality?.Code ?? throw new ArgumentNullException(nameof(municipality)), email), password);

    public async Task<SignInOutcome> CheckAsync(string qualifiedUserName, string password)
    {
        var user = await users.FindByNameAsync(qualifiedUserName);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // The same work and the same answer as a wrong password; a locked account stays locked (and its failure
            // count is not raised: SignInManager skips the check while locked, too).
            dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
            hasher.VerifyHashedPassword(Nobody, dummyHash, password);
            return new SignInOutcome(null, Refused);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result.Succeeded ? new SignInOutcome(user, null) : new SignInOutcome(null, Refused);
    }
}

/// <summary>The account when the password is right; otherwise the refusal (one message for every failure).</summary>
public sealed record SignInOutcome(AppUser? User, Refusal? Refusal)
{
    public string? Message => Refusal?.Message;
}
