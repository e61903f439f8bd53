using System.Globalization;

namespace MachiDx.Platform.Files;

/// <summary>
/// One problem found in an uploaded CSV file: the line where the row starts, the column's header name when the problem is
/// one field's (null for the whole row, 0 for the whole file), and the Japanese message. <paramref name="File"/> names the
/// file when one import reads several (e.g. 「職員名簿 」).
/// </summary>
public sealed record CsvError(int Line, string? Column, string Message, string File = "")
{
    /// <summary>What the user sees: 「3行目「年月」: …」, 「3行目: …」 or the message alone for the whole file.</summary>
    public override string ToString() => Line <= 0
        ? Message
        : Column is null
            ? string.Create(CultureInfo.InvariantCulture, $"{File}{Line}行目: {Message}")
            : string.Create(CultureInfo.InvariantCulture, $"{File}{Line}行目「{Column}」: {Message}");
}
