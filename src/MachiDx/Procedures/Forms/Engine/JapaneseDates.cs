using System.Globalization;

namespace MachiDx.Procedures.Forms.Engine;

/// <summary>Dates as residents read them: 西暦 with 和暦 alongside (e.g. 2026年4月1日（令和8年）).</summary>
public static class JapaneseDates
{
    private static readonly CultureInfo Wareki = CreateWareki();

    public static string Format(DateOnly date) =>
        date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string FormatWithWareki(DateOnly date) =>
        $"{Format(date)}（{date.ToDateTime(TimeOnly.MinValue).ToString("ggy年", Wareki)}）";

    private static CultureInfo CreateWareki()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return culture;
    }
}
