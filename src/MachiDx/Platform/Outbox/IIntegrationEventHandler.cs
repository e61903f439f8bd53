namespace MachiDx.Platform.Outbox;

/// <summary>
/// Handles an integration event. Delivery is at least once: make the effect idempotent, usually
/// with <see cref="Inbox.RunOnceAsync"/> in the handler's own module context.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent message, IncomingMessage envelope, CancellationToken cancellationToken);
}
