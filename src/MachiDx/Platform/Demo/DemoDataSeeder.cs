using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MachiDx.Platform.Data;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachiDx.Platform.Demo;

/// <summary>
/// Writes the three demo cities, their departments, named role accounts and generated residents and
/// staff. Deterministic: the same ids and people every time. Runs only on an empty database.
/// </summary>
internal sealed partial class DemoDataSeeder(
    IServiceScopeFactory scopes,
    PlatformDbContext db,
    IOptions<DemoOptions> options,
    IPasswordHasher<AppUser> hasher,
    TimeProvider time,
    MunicipalityDirectory directory,
    ILogger<DemoDataSeeder> logger)
{
    /// <summary>(e-mail local part, roles, department code) of each named demo account in every city.</summary>
    public static readonly IReadOnlyList<(string Local, string[] Roles, string? Department)> RoleAccounts =
    [
        ("resident", [Roles.Resident], null),
        ("resident2", [Roles.Resident], null),
        ("merchant", [Roles.Merchant], null),
        ("staff", [Roles.Staff], "shimin"),
        ("hr", [Roles.Staff, Roles.HrAdmin], "somu"),
        ("dx", [Roles.Staff, Roles.DxAdmin], "kikaku"),
        ("treasurer", [Roles.Staff, Roles.Treasurer], "kaikei"),
        ("admin", [Roles.Staff, Roles.TenantAdmin], "somu"),
    ];

    public const string PlatformAdminEmail = "platform@machidx.example.jp";

    public static string EmailFor(string local, string cityCode) => $"{local}@{cityCode}.example.jp";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Municipalities.AnyAsync(ct))
        {
            return;
        }

        var passwordHash = hasher.HashPassword(null!, DemoOptions.Password);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var city in DemoCities.All)
        {
            db.Municipalities.Add(new Municipality
            {
                Code = city.Code, Name = city.Name, Kana = city.Kana, Prefecture = "福岡県",
                LocalGovernmentCode = city.LocalGovernmentCode, CreatedAtUtc = now,
            });
        }

        var admin = NewUser(null, Admin.PlatformLoginModel.Realm, PlatformAdminEmail, "プラットフォーム管理者", UserKind.PlatformAdmin, passwordHash, now);
        db.Users.Add(admin);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = admin.Id, RoleId = roleIds[Roles.PlatformAdmin] });
        await db.SaveChangesAsync(ct);
        directory.Invalidate();

        for (var i = 0; i < DemoCities.All.Count; i++)
        {
            var city = DemoCities.All[i];
            var municipality = (await directory.FindByCodeAsync(city.Code, ct))!;
            await SeedCityAsync(municipality, city, new Random(20260401 + i), passwordHash, roleIds, now, ct);
        }

        LogSeeded(logger, DemoCities.All.Count);
    }

    private async Task SeedCityAsync(
        MunicipalityInfo municipality, DemoCity city, Random random, string passwordHash,
        Dictionary<string, Guid> roleIds, DateTime now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(municipality);
        var cityDb = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();

        var departments = DemoCities.Departments.Select((d, n) => new Department
        {
            Id = DeterministicGuid($"{city.Code}/department/{d.Code}"),
            MunicipalityId = municipality.Id, Code = d.Code, Name = d.Name, SortOrder = n,
        }).ToList();
        cityDb.Departments.AddRange(departments);

        var staffNumber = 1000;
        foreach (var (local, roles, departmentCode) in RoleAccounts)
        {
            var (family, given) = PickName(random);
            var user = NewUser(municipality.Id, city.Code, EmailFor(local, city.Code), family.Name + " " + given.Name,
                roles.Contains(Roles.Merchant) ? UserKind.Merchant : roles.Contains(Roles.Resident) ? UserKind.Resident : UserKind.Staff,
                passwordHash, now);
            if (roles.Contains(Roles.Merchant))
            {
                user.DisplayName = city.Name.TrimEnd('市') + "商店（デモ加盟店）";
            }

            cityDb.Users.Add(user);
            cityDb.UserRoles.AddRange(roles.Select(r => new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[r] }));
            if (roles.Contains(Roles.Resident))
            {
                cityDb.ResidentProfiles.Add(NewProfile(municipality.Id, user, city, family, given, random, now));
            }
            else if (departmentCode is not null)
            {
                cityDb.StaffMembers.Add(NewStaff(municipality.Id, user.Id, departments.Single(d => d.Code == departmentCode).Id,
                    staffNumber++, family, given));
            }
        }

        for (var n = 1; n <= options.Value.ResidentsPerCity; n++)
        {
            var (family, given) = PickName(random);
            var user = NewUser(municipality.Id, city.Code, EmailFor($"jumin{n:000}", city.Code), family.Name + " " + given.Name,
                UserKind.Resident, passwordHash, now);
            cityDb.Users.Add(user);
            cityDb.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[Roles.Resident] });
            cityDb.ResidentProfiles.Add(NewProfile(municipality.Id, user, city, family, given, random, now));
        }

        foreach (var department in departments)
        {
            for (var n = 1; n <= options.Value.StaffPerDepartment; n++)
            {
                var (family, given) = PickName(random);
                var user = NewUser(municipality.Id, city.Code, EmailFor($"{department.Code}{n:00}", city.Code), family.Name + " " + given.Name,
                    UserKind.Staff, passwordHash, now);
                cityDb.Users.Add(user);
                cityDb.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[Roles.Staff] });
                cityDb.StaffMembers.Add(NewStaff(municipality.Id, user.Id, department.Id, staffNumber++, family, given));
            }
        }

        await cityDb.SaveChangesAsync(ct);
    }

    private static AppUser NewUser(int? municipalityId, string cityCode, string email, string displayName, UserKind kind, string passwordHash, DateTime now)
    {
        var userName = AppUser.QualifiedUserName(cityCode, email);
        return new AppUser
        {
            Id = DeterministicGuid("user/" + userName),
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            PasswordHash = passwordHash,
            SecurityStamp = DeterministicGuid("stamp/" + userName).ToString("N"),
            ConcurrencyStamp = DeterministicGuid("concurrency/" + userName).ToString(),
            LockoutEnabled = true,
            MunicipalityId = municipalityId,
            Kind = kind,
            DisplayName = displayName,
            CreatedAtUtc = now,
        };
    }

    private static ResidentProfile NewProfile(
        int municipalityId, AppUser user, DemoCity city,
        (string Name, string Kana) family, (string Name, string Kana) given, Random random, DateTime now)
    {
        var (postal, town) = city.Towns[random.Next(city.Towns.Count)];
        var block = string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 3000)}番地{random.Next(1, 30)}");
        var phone = random.Next(3) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{city.AreaCode}-{random.Next(10, 99)}-{random.Next(1000, 9999)}")
            : string.Create(CultureInfo.InvariantCulture, $"090-{random.Next(1000, 9999)}-{random.Next(1000, 9999)}");
        return new ResidentProfile
        {
            UserId = user.Id,
            MunicipalityId = municipalityId,
            FullName = family.Name + " " + given.Name,
            FullNameKana = family.Kana + " " + given.Kana,
            BirthDate = new DateOnly(1940, 1, 1).AddDays(random.Next(0, 365 * 64)),
            PostalCode = postal.Replace("-", "", StringComparison.Ordinal),
            Address = town + block,
            Phone = phone,
            Email = user.Email!,
            UpdatedAtUtc = now,
        };
    }

    private static StaffMember NewStaff(int municipalityId, Guid userId, Guid departmentId, int number,
        (string Name, string Kana) family, (string Name, string Kana) given) => new()
        {
            UserId = userId,
            MunicipalityId = municipalityId,
            DepartmentId = departmentId,
            StaffNumber = number.ToString(CultureInfo.InvariantCulture),
            FullName = family.Name + " " + given.Name,
            FullNameKana = family.Kana + " " + given.Kana,
        };

    private static ((string Name, string Kana) Family, (string Name, string Kana) Given) PickName(Random random) =>
        (JapaneseNames.Family[random.Next(JapaneseNames.Family.Count)], JapaneseNames.Given[random.Next(JapaneseNames.Given.Count)]);

    internal static Guid DeterministicGuid(string key) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("machidx-demo/" + key)).AsSpan(0, 16));

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data written for {Count} municipalities")]
    private static partial void LogSeeded(ILogger logger, int count);
}
