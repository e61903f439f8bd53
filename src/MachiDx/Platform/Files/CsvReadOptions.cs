namespace MachiDx.Platform.Files;

/// <summary>How <see cref="CsvReader"/> reads one file.</summary>
/// <param name="File">Prefix naming the file in messages when an import reads several (「職員名簿 」); empty otherwise.</param>
/// <param name="OptionalTrailing">How many last columns a row may leave out.</param>
/// <param name="MaxRows">The most data rows one upload may hold; 0 for no limit.</param>
/// <param name="AllowEmpty">Whether a file with no data row is fine (one of several files of an import).</param>
public sealed record CsvReadOptions(string File = "", int OptionalTrailing = 0, int MaxRows = 0, bool AllowEmpty = false)
{
    public static readonly CsvReadOptions Default = new();
}
