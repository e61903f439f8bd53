using System.Text;
using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Identity.Register;

/// <summary>
/// Opens a resident account in one municipality: the user, the resident role and the profile commit
/// together or not at all. Returns field-keyed Japanese errors instead of throwing.
/// </summary>
public sealed class ResidentRegistration(PlatformDbContext db, UserManager<AppUser> users, TimeProvider time)
{
    public async Task<RegistrationResult> RegisterAsync(MunicipalityInfo municipality, ResidentRegistrationInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), JapanTime.Zone).DateTime);
        if (input.BirthDate is { } birth && (birth > today || birth < new DateOnly(1900, 1, 1)))
        {
            errors[nameof(input.BirthDate)] = ["生年月日を正しく入力してください。"];
        }

        if (errors.Count > 0)
        {
            return RegistrationResult.Invalid(errors);
        }

        var email = input.Email!.Trim();
        var user = new AppUser
        {
            UserName = AppUser.QualifiedUserName(municipality.Code, email),
            Email = email,
            MunicipalityId = municipality.Id,
            Kind = UserKind.Resident,
            DisplayName = Normalize(input.FullName!),
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            var created = await users.CreateAsync(user, input.Password!);
            if (!created.Succeeded)
            {
                await tx.RollbackAsync(token);
                db.ChangeTracker.Clear();
                return RegistrationResult.Invalid(MapIdentityErrors(created));
            }

            await users.AddToRoleAsync(user, Roles.Resident);
            db.ResidentProfiles.Add(new ResidentProfile
            {
                UserId = user.Id,
                MunicipalityId = municipality.Id,
                FullName = Normalize(input.FullName!),
                FullNameKana = Normalize(input.FullNameKana!),
                BirthDate = input.BirthDate!.Value,
                PostalCode = Digits(input.PostalCode!),
                Address = Normalize(input.Address!),
                Phone = Normalize(input.Phone!).Replace('－', '-'),
                Email = email,
                UpdatedAtUtc = time.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(token);
            await tx.CommitAsync(token);
            return RegistrationResult.Registered(user.Id);
        }, ct);
    }

    internal static string Normalize(string value) => value.Trim().Normalize(NormalizationForm.FormKC);

    internal static string Digits(string value) => new([.. Normalize(value).Where(char.IsAsciiDigit)]);

    private static Dictionary<string, string[]> MapIdentityErrors(IdentityResult result)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(ResidentRegistrationInput.Password)
                : nameof(ResidentRegistrationInput.Email);
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            if (!list.Contains(error.Description))
            {
                list.Add(error.Description);
            }
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }
}
