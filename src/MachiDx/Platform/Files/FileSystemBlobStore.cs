using System.Globalization;
using Microsoft.Extensions.Options;

namespace MachiDx.Platform.Files;

/// <summary>Stores blobs under Files:Root (default data/files), one folder per municipality, random names.</summary>
internal sealed class FileSystemBlobStore(IOptions<FileStoreOptions> options, IHostEnvironment environment) : IBlobStore
{
    private string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Root));

    public async Task<string> SaveAsync(int municipalityId, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = string.Create(CultureInfo.InvariantCulture, $"{municipalityId}/{Guid.NewGuid():N}");
        var path = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    private string PathFor(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Root, key));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("Invalid blob key.", nameof(key));
        }

        return path;
    }
}
