namespace MachiDx.Platform.Outbox;

public static class IntegrationEventServiceCollectionExtensions
{
    public static IServiceCollection AddIntegrationEvent<TEvent>(this IServiceCollection services, string name)
        where TEvent : IIntegrationEvent =>
        services.AddSingleton(new IntegrationEventRegistration(name, typeof(TEvent)));
}
