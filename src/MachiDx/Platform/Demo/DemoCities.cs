namespace MachiDx.Platform.Demo;

/// <summary>The three cities of the seed proposal, with demo departments and (fictional) addresses.</summary>
internal static class DemoCities
{
    public static readonly IReadOnlyList<DemoCity> All =
    [
        new("okawa", "大川市", "おおかわし", "402079", "0944",
            [("831-0016", "大川市大字酒見"), ("831-0004", "大川市大字榎津"), ("831-0005", "大川市大字向島"), ("831-0028", "大川市大字小保")]),
        new("yukuhashi", "行橋市", "ゆくはしし", "402133", "0930",
            [("824-0031", "行橋市西宮市"), ("824-0005", "行橋市中央"), ("824-0033", "行橋市北泉"), ("824-0001", "行橋市行事")]),
        new("miyama", "みやま市", "みやまし", "402290", "0944",
            [("835-0024", "みやま市瀬高町下庄"), ("835-0025", "みやま市瀬高町上庄"), ("839-0215", "みやま市高田町濃施"), ("835-0101", "みやま市山川町尾野")]),
    ];

    /// <summary>Departments every demo city has: (code, name).</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Departments =
    [
        ("shimin", "市民課"),
        ("zeimu", "税務課"),
        ("hoken", "保険年金課"),
        ("kosodate", "子育て支援課"),
        ("korei", "高齢者支援課"),
        ("kenko", "健康づくり課"),
        ("fukushi", "福祉課"),
        ("kankyo", "環境課"),
        ("suido", "上下水道課"),
        ("somu", "総務課"),
        ("kikaku", "企画課"),
        ("kaikei", "会計課"),
        ("gakushu", "生涯学習課"),
        ("bosai", "防災安全課"),
    ];
}

internal sealed record DemoCity(
    string Code, string Name, string Kana, string LocalGovernmentCode, string AreaCode,
    IReadOnlyList<(string PostalCode, string Town)> Towns);
