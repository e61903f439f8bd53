using MachiDx.Insight.DigiLab.Usage;
using MachiDx.Insight.Inventory.Import;
using MachiDx.Insight.Workload.Import;

namespace MachiDx.Insight.Import;

public sealed record ImportKind(string Key, string Title, string Columns, IReadOnlyList<string> Header, string Sample, string? Policy, string BackPath)
{
    public static readonly IReadOnlyList<ImportKind> All =
    [
        new("inventory", "業務棚卸しの取り込み",
            "年度（西暦）, 所属（部署コードまたは部署名）, 大分類, 中分類, 業務名, 繁忙期の月数, 繁忙期の月間件数, 通常期の月数, 通常期の月間件数, 閑散期の月数, 閑散期の月間件数（月数の合計は12）, 1件あたりの分数, 人数, 処理媒体（紙・電子・混在）, 定型・非定型, コア・ノンコア, 個人情報（なし・個人情報・要配慮・マイナンバー）, 難易度（低・中・高）, 根拠法令（空欄可）。同じ年度・所属・分類・業務名の業務は上書きします。自分の所属の業務だけを取り込めます（DX推進担当はすべて）。",
            InventoryImporter.Header, InventoryImporter.Sample, null, "/inventory"),
        new("attendance", "勤怠データの取り込み",
            "職員番号, 年月（例: 2026-04）, 残業時間（0〜300）, 年休日数（0〜31、半日は0.5）, 所属（空欄なら職員アカウントの所属）。同じ職員・年月は上書きします。",
            AttendanceImporter.Header, AttendanceImporter.Sample, InsightPolicies.Workload, "/workload"),
        new("usage", "デジラボ利用件数の取り込み",
            "依頼番号（例: DL-0001）, 年月（例: 2026-04）, 件数。稼働中で導入前後の1件あたりの分数が登録された依頼だけに取り込めます。同じ依頼・年月は上書きします。",
            UsageImporter.Header, UsageImporter.Sample, InsightPolicies.DigiLabAdmin, "/digilab/savings"),
    ];
}
