using QRCoder;

namespace MachiDx.Platform.Web;

/// <summary>QR codes as PNG data URIs (QRCoder), for shop posters, one-time payment QRs, QRカード and venue check-in codes.</summary>
public static class QrImages
{
    public static string PngDataUri(string text, int pixelsPerModule = 8)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>The absolute URL a QR should open, on the host the request came in on.</summary>
    public static string Absolute(HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{path}";
    }
}
