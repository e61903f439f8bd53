namespace MachiDx.Procedures.Forms.Engine;

/// <summary>Identifies an upload by its first bytes, so a renamed executable is not accepted as a PDF.</summary>
internal static class FileSniffer
{
    public static string? Detect(Func<Stream> open)
    {
        Span<byte> head = stackalloc byte[8];
        using var stream = open();
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head[..read];
        if (bytes.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return "image/jpeg";
        }

        if (bytes.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "image/png";
        }

        return null;
    }

    public static bool Matches(string contentType, string extension) => (contentType, extension) switch
    {
        ("application/pdf", ".pdf") => true,
        ("image/jpeg", ".jpg" or ".jpeg") => true,
        ("image/png", ".png") => true,
        _ => false,
    };
}
