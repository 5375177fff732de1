using QRCoder;

namespace UtmStudio.Features.Links.Builder;

/// <summary>QR codes of a link, made in process by QRCoder: a PNG to preview and download, an SVG for print.
/// Error correction M (15%) is the usual choice for printed links: it survives a smudge, the code stays small.</summary>
public static class QrCodes
{
    public static byte[] Png(string text, int pixelsPerModule = 10)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    public static string Svg(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(10);
    }

    public static string PngDataUrl(string text) => "data:image/png;base64," + Convert.ToBase64String(Png(text));

    public static string SvgDataUrl(string text) => "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Svg(text)));
}
