using System.Text.Json;

namespace MachiDx.Platform.Outbox;

/// <summary>
/// The registry of integration event types by stable name. Modules register the events they publish,
/// so renaming a CLR type never orphans stored messages.
/// </summary>
public sealed class OutboxEventTypes
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _byType = [];

    public OutboxEventTypes Register<TEvent>(string name)
        where TEvent : IIntegrationEvent
    {
        _byName.Add(name, typeof(TEvent));
        _byType.Add(typeof(TEvent), name);
        return this;
    }

    public string NameOf(Type type) =>
        _byType.TryGetValue(type, out var name)
            ? name
            : throw new InvalidOperationException($"Integration event {type.Name} is not registered.");

    public Type? TypeOf(string name) => _byName.GetValueOrDefault(name);
}
