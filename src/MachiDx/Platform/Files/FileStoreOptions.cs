namespace MachiDx.Platform.Files;

public sealed class FileStoreOptions
{
    public const string SectionName = "Files";

    /// <summary>Folder for attachments, relative to the content root unless absolute.</summary>
    public string Root { get; set; } = "data/files";
}
