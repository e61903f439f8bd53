namespace MachiDx.Platform.Files;

/// <summary>Where attachment bytes live. The file system by default; swap for object storage in production.</summary>
public interface IBlobStore
{
    Task<string> SaveAsync(int municipalityId, Stream content, CancellationToken cancellationToken);

    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken);
}
