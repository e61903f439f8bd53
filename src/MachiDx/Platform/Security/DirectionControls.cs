using System.Buffers;

namespace MachiDx.Platform.Security;

/// <summary>
/// The Unicode bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). Invisible,
/// they reorder the text around them ("Trojan Source"): a name or a file name can show one thing and be another
/// (「invoice‮fdp.exe」 reads as "invoiceexe.pdf"). Names refuse them; upload file names drop them.
/// </summary>
public static class DirectionControls
{
    public const string Message = "文字の向きを変える制御文字（U+202A～U+202E、U+2066～U+2069）は使えません。入力内容を確認してください。";

    private static readonly SearchValues<char> Controls = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static bool Contains(string? value) => value is not null && IndexOf(value) >= 0;

    public static int IndexOf(string value) => value.AsSpan().IndexOfAny(Controls);

    public static string Strip(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Contains(value) ? string.Concat(value.Where(c => !Controls.Contains(c))) : value;
    }
}
