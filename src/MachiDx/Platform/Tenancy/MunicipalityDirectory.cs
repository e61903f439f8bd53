using MachiDx.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Tenancy;

/// <summary>
/// Cached lookup of municipalities for routing: every request to /{city}/ resolves through it.
/// Municipalities change rarely; <see cref="Invalidate"/> after a change.
/// </summary>
public sealed class MunicipalityDirectory(IServiceScopeFactory scopes)
{
    private volatile IReadOnlyList<MunicipalityInfo>? _all;

    public async Task<IReadOnlyList<MunicipalityInfo>> GetAllAsync(CancellationToken cancellationToken)
    {
        var all = _all;
        if (all is not null)
        {
            return all;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var rows = await db.Municipalities.AsNoTracking().OrderBy(m => m.LocalGovernmentCode).ToListAsync(cancellationToken);
        all = rows.Select(m => m.ToInfo()).ToList();
        _all = all;
        return all;
    }

    public async Task<MunicipalityInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken) =>
        (await GetAllAsync(cancellationToken)).FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase));

    public async Task<MunicipalityInfo?> FindByIdAsync(int id, CancellationToken cancellationToken) =>
        (await GetAllAsync(cancellationToken)).FirstOrDefault(m => m.Id == id);

    public void Invalidate() => _all = null;
}
