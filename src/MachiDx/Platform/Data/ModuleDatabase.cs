using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Data;

/// <summary>A module's context as the platform sees it: for migrating, health checks and audit verification.</summary>
public sealed class ModuleDatabase(string moduleName, Type contextType)
{
    public string ModuleName { get; } = moduleName;

    public Type ContextType { get; } = contextType;

    public DbContext Resolve(IServiceProvider services) => (DbContext)services.GetRequiredService(ContextType);
}
