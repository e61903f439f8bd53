using System.Text.Json;
using MachiDx.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Outbox;

/// <summary>Writes integration events into a module's outbox; they commit with the module's next SaveChanges.</summary>
public sealed class Outbox(TimeProvider time, OutboxEventTypes types)
{
    public Guid Publish<TContext, TEvent>(TContext context, TEvent message)
        where TContext : DbContext, IModuleDbContext
        where TEvent : IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(message);
        var now = time.GetUtcNow().UtcDateTime;
        var id = Guid.CreateVersion7(time.GetUtcNow());
        context.OutboxMessages.Add(new OutboxMessage
        {
            MessageId = id,
            MunicipalityId = message.MunicipalityId,
            Type = types.NameOf(typeof(TEvent)),
            PayloadJson = JsonSerializer.Serialize(message, OutboxEventTypes.Json),
            OccurredAtUtc = now,
            NextAttemptAtUtc = now,
        });
        return id;
    }
}
