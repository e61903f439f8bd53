using MachiDx.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Outbox;

/// <summary>
/// Makes a handler's effect exactly-once on top of at-least-once delivery: the effect and an
/// <see cref="InboxRecord"/> for (message, handler) commit together, and a redelivered message finds
/// the record and does nothing. Concurrent duplicates collide on the record's primary key.
/// </summary>
public sealed class Inbox(TimeProvider time)
{
    /// <returns>True when the effect ran now; false when it had already been applied.</returns>
    public async Task<bool> RunOnceAsync<TContext>(
        TContext context, Guid messageId, string handler, Func<CancellationToken, Task> effect, CancellationToken ct)
        where TContext : DbContext, IModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(effect);
        if (await context.InboxRecords.AnyAsync(r => r.MessageId == messageId && r.Handler == handler, ct))
        {
            return false;
        }

        await using var tx = await context.Database.BeginTransactionAsync(ct);
        context.InboxRecords.Add(new InboxRecord { MessageId = messageId, Handler = handler, ProcessedAtUtc = time.GetUtcNow().UtcDateTime });
        await effect(ct);
        try
        {
            await context.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery may have committed first: then this one is a duplicate, not a failure.
            await tx.RollbackAsync(ct);
            context.ChangeTracker.Clear();
            if (await context.InboxRecords.AnyAsync(r => r.MessageId == messageId && r.Handler == handler, ct))
            {
                return false;
            }

            throw;
        }
    }
}
