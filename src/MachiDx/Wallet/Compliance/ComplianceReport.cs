using System.Globalization;
using System.Text;
using MachiDx.Platform;
using MachiDx.Platform.Files;
using MachiDx.Wallet.Settings;

namespace MachiDx.Wallet.Compliance;

/// <summary>
/// The draft of 「前払式支払手段の発行に関する報告書」 for one snapshot, as CSV: UTF-8 with a BOM (so that spreadsheet
/// software reads the Japanese correctly), CRLF lines, RFC 4180 quoting. A draft for the treasurer, not the form itself.
/// </summary>
public static class ComplianceReport
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "基準日", "発行者", "発行形態", "基準日未使用残高（購入分）", "プレミアム残高", "ポイント残高（前払式支払手段に該当しない）",
        "要供託額", "報告期限", "作成日時",
    ];

    public const string PremiumNote = "プレミアム残高を基準日未使用残高に含めるかどうかは未確認です（要法務確認）。";

    public static string FileName(DateOnly baseDate) =>
        $"unused-balance-report-{baseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";

    public static byte[] Csv(UnusedBalanceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        Line(text, Headers);
        Line(text,
        [
            snapshot.BaseDate.ToString("yyyy-MM-dd", c),
            snapshot.IssuerName,
            WalletSettings.IssuerModeLabel(snapshot.IssuerMode),
            snapshot.PurchasedUnusedYen.ToString(c),
            snapshot.PremiumUnusedYen.ToString(c),
            snapshot.PointsUnusedYen.ToString(c),
            snapshot.DepositRequiredYen.ToString(c),
            snapshot.ReportDue.ToString("yyyy-MM-dd", c),
            JapanTime.ToJst(snapshot.TakenAtUtc).ToString("yyyy-MM-dd HH:mm:ss", c),
        ]);
        Line(text, []);
        Line(text,
        [
            "注記",
            PremiumNote + $"プレミアムを含めた場合：基準日未使用残高 {snapshot.PurchasedAndPremiumYen.ToString(c)}円、要供託額 {snapshot.DepositRequiredWithPremiumYen.ToString(c)}円。",
        ]);
        if (snapshot.IssuerMode == IssuerMode.CityIssued)
        {
            Line(text, ["注記", "市が発行する通貨は資金決済法第4条第3号により前払式支払手段の規定（報告・供託を含む）の適用除外です。数値は参考です。"]);
        }

        Line(text, ["注記", "基準日の24時（日本時間）時点の台帳残高です。ポイントは無償で付与されるため前払式支払手段に該当しません。"]);
        Line(text, ["SHA-256", snapshot.ContentHash]);
        return CsvText.Bytes(text.ToString());
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> fields) => text.Append(CsvText.Line(fields));
}
