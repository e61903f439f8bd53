namespace MachiDx.Personnel.Roster.Import;

/// <summary>The two CSV layouts, their headers and downloadable samples (shown on the import page).</summary>
public static class RosterCsvFormat
{
    public static readonly string[] StaffHeader = ["職員番号", "氏名", "かな", "所属", "生年月日", "採用日", "職種", "雇用区分", "休職"];

    public static readonly string[] RecordsHeader = ["職員番号", "種別", "年度または年月", "値", "区分"];

    public const string StaffSample =
        "職員番号,氏名,かな,所属,生年月日,採用日,職種,雇用区分,休職\r\n" +
        "2001,大川 花子,おおかわ はなこ,shimin,1998-05-12,2023-04-01,一般事務,正規,\r\n" +
        "2002,大川 次郎,おおかわ じろう,税務課,1990-02-28,2015-04-01,一般事務,正規,休職\r\n" +
        "2003,大川 三奈,おおかわ みな,fukushi,1985-11-03,2024-04-01,社会福祉士,会計年度任用,\r\n";

    public const string RecordsSample =
        "職員番号,種別,年度または年月,値,区分\r\n" +
        "2001,評価,2024,3.5,A\r\n" +
        "2001,評価,2025,4.0,A\r\n" +
        "2001,残業,2026-03,18.5,\r\n" +
        "2002,残業,2026-03,4,\r\n";
}
