namespace MachiDx.Platform.Outbox;

/// <summary>An event one module publishes for others. Lives in the publisher's Contracts namespace.</summary>
public interface IIntegrationEvent
{
    /// <summary>The municipality the event belongs to; the handler runs bound to it.</summary>
    int MunicipalityId { get; }
}
