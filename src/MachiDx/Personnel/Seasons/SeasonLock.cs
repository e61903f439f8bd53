using MachiDx.Personnel.Data;
using MachiDx.Platform.Rules;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Seasons;

/// <summary>
/// Serialises changes that depend on whether a season's meeting has started: the body runs in a transaction that first
/// locks the season's row (a no-op update), so a candidate's ranking and the meeting's first bid or proxy run are
/// ordered on every node — the ranking either commits before the first bid or sees it and is refused.
/// </summary>
internal static class SeasonLock
{
    /// <summary>Runs <paramref name="body"/> under the season's lock; it commits when the body returns null (no refusal).</summary>
    public static Task<Refusal?> RunAsync(PersonnelDbContext db, Guid seasonId, Func<CancellationToken, Task<Refusal?>> body, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            await db.Seasons.Where(s => s.Id == seasonId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Moves, x => x.Moves), token);
            var refusal = await body(token);
            if (refusal is null)
            {
                await tx.CommitAsync(token);
            }
            else
            {
                db.ChangeTracker.Clear();
            }

            return refusal;
        }, ct);
}
