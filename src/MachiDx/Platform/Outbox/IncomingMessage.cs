namespace MachiDx.Platform.Outbox;

/// <summary>Delivery facts handed to a handler alongside the event.</summary>
public sealed record IncomingMessage(Guid MessageId, DateTime OccurredAtUtc, int Attempt);
