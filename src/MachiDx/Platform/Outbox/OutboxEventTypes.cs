using System.Text.Json;

namespace MachiDx.Platform.Outbox;

/// <summary>
/// The registry of integration event types by stable name, built from every module's
/// <see cref="IntegrationEventServiceCollectionExtensions.AddIntegrationEvent{TEvent}"/> calls, so renaming a CLR type
/// never orphans stored messages.
/// </summary>
public sealed class OutboxEventTypes
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _byType = [];

    public OutboxEventTypes(IEnumerable<IntegrationEventRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        foreach (var registration in registrations)
        {
            _byName.Add(registration.Name, registration.Type);
            _byType.Add(registration.Type, registration.Name);
        }
    }

    public string NameOf(Type type) =>
        _byType.TryGetValue(type, out var name)
            ? name
            : throw new InvalidOperationException($"Integration event {type.Name} is not registered.");

    public Type? TypeOf(string name) => _byName.GetValueOrDefault(name);
}
