using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace MachiDx.Platform.Hosting;

/// <summary>
/// ASP.NET Core Data Protection keys (sign-in cookies, bearer tokens, and module secrets sealed at rest such as
/// the draft's lottery seed) are kept in a folder, never in the database: a database administrator must not be
/// able to read what the app seals. Every web node points at the same folder (a shared volume) so that any
/// node can open what another sealed, and keys survive restarts.
/// </summary>
public sealed class KeyStorage
{
    public const string SectionName = "DataProtection";

    /// <summary>Folder for the key ring, relative to the content root unless absolute.</summary>
    public string KeysDirectory { get; set; } = "data/keys";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KeyStorage>().Bind(configuration.GetSection(SectionName));
        // A fixed application name: keys are shared by every node, whatever folder it runs from.
        services.AddDataProtection().SetApplicationName("MachiDx");
        services.AddOptions<KeyManagementOptions>().Configure<IHostEnvironment, IOptions<KeyStorage>, ILoggerFactory>((options, environment, storage, loggers) =>
        {
            var folder = new DirectoryInfo(Path.GetFullPath(Path.Combine(environment.ContentRootPath, storage.Value.KeysDirectory)));
            options.XmlRepository = new FileSystemXmlRepository(folder, loggers);
        });
    }
}
