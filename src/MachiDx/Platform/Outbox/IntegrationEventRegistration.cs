namespace MachiDx.Platform.Outbox;

/// <summary>A module's declaration that it publishes an event type under a stable name.</summary>
public sealed record IntegrationEventRegistration(string Name, Type Type);
