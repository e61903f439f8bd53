using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Outbox;

/// <summary>
/// Reads one module's outbox and hands each due message to every registered handler, each delivery in
/// its own scope bound to the message's municipality. A message is marked dispatched only after all
/// handlers succeeded; a failure is retried later with back-off (at-least-once).
/// </summary>
internal sealed partial class OutboxSource<TContext>(
    IServiceScopeFactory scopes,
    OutboxEventTypes types,
    TimeProvider time,
    ILogger<OutboxSource<TContext>> logger) : IOutboxSource
    where TContext : DbContext, IModuleDbContext
{
    private const int BatchSize = 50;
    private static readonly ConcurrentDictionary<Type, MethodInfo> Invokers = new();

    public string ModuleName => typeof(TContext).Name;

    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await context.OutboxMessages
            .Where(m => m.DispatchedAtUtc == null && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var message in due)
        {
            try
            {
                await DeliverAsync(message, cancellationToken);
                message.DispatchedAtUtc = time.GetUtcNow().UtcDateTime;
                message.LastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = ex.GetType().Name + ": " + Truncate(ex.Message, 1500);
                var delay = TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Math.Min(message.Attempts, 12))));
                message.NextAttemptAtUtc = time.GetUtcNow().UtcDateTime + delay;
                LogDeliveryFailed(logger, ex, message.MessageId, message.Type, message.Attempts);
            }

            await context.SaveChangesAsync(cancellationToken);
        }

        return due.Count;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        var type = types.TypeOf(message.Type)
            ?? throw new InvalidOperationException($"Unknown integration event type '{message.Type}'.");
        var payload = JsonSerializer.Deserialize(message.PayloadJson, type, OutboxEventTypes.Json)
            ?? throw new InvalidOperationException("Empty integration event payload.");

        await using var scope = scopes.CreateAsyncScope();
        if (message.MunicipalityId is { } municipalityId)
        {
            var directory = scope.ServiceProvider.GetRequiredService<MunicipalityDirectory>();
            var municipality = await directory.FindByIdAsync(municipalityId, ct)
                ?? throw new InvalidOperationException($"Municipality {municipalityId} does not exist.");
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(municipality);
        }

        var envelope = new IncomingMessage(message.MessageId, message.OccurredAtUtc, message.Attempts + 1);
        var invoker = Invokers.GetOrAdd(type, t => typeof(OutboxSource<TContext>)
            .GetMethod(nameof(InvokeHandlersAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(t));
        await (Task)invoker.Invoke(null, [scope.ServiceProvider, payload, envelope, ct])!;
    }

    private static async Task InvokeHandlersAsync<TEvent>(IServiceProvider services, TEvent message, IncomingMessage envelope, CancellationToken ct)
        where TEvent : IIntegrationEvent
    {
        foreach (var handler in services.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            await handler.HandleAsync(message, envelope, ct);
        }
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of outbox message {MessageId} ({Type}) failed, attempt {Attempt}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, Guid messageId, string type, int attempt);
}
