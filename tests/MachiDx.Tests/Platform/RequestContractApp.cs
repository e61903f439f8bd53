using MachiDx.Platform.Data;
using MachiDx.Platform.Identity;
using MachiDx.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MachiDx.Tests.Platform;

/// <summary>The application with a password hasher that counts its verifications (sign-in must hash for unknown accounts too).</summary>
public abstract class RequestContractApp(DatabaseProvider provider) : MachiDxApp(provider)
{
    public PasswordHashCounter HashCounter { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddScoped<IPasswordHasher<AppUser>>(sp =>
            new CountingPasswordHasher(new PasswordHasher<AppUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), HashCounter));
}

public sealed class RequestContractSqliteApp() : RequestContractApp(DatabaseProvider.Sqlite);

public sealed class RequestContractPostgresApp() : RequestContractApp(DatabaseProvider.Postgres);

public sealed class PasswordHashCounter
{
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public void Count() => Interlocked.Increment(ref _verifications);
}

/// <summary>The real hasher, counting every verification.</summary>
public sealed class CountingPasswordHasher(IPasswordHasher<AppUser> inner, PasswordHashCounter counter) : IPasswordHasher<AppUser>
{
    public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        counter.Count();
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
