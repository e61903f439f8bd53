namespace MachiDx.Tests.Procedures.Search;

/// <summary>
/// Realistic resident queries and, for each, every procedure code a resident typing it would accept
/// at the top. Judged by hand against national-procedures.json; when the catalogue gains a procedure
/// that answers a query, add its code here.
/// </summary>
internal static class JudgedQueries
{
    private static readonly string[] Moving = ["tennyu", "tenkyo", "tenshutsu"];
    private static readonly string[] Garbage = ["gomi-annai", "sodai-gomi", "gomi-jiko-hannyu", "shigen-shudan-kaishu", "namagomi-hojo"];
    private static readonly string[] ChildAllowance =
    [
        "jido-teate-nintei", "jido-teate-gakukaitei", "jido-teate-henko", "jido-teate-shometsu", "jido-teate-mibarai",
        "jido-teate-kifu", "jido-teate-kifu-henko", "jido-teate-kyushokuhi", "jido-teate-kyushokuhi-henko", "jido-teate-genkyo",
    ];
    private static readonly string[] Residence = ["juminhyo-copy", "juminhyo-kisai"];
    private static readonly string[] Seal = ["inkan-toroku", "inkan-shomei", "inkan-haishi"];
    private static readonly string[] Dog = ["inu-toroku", "inu-henko", "inu-shibo", "kyokenbyo-chusha", "neko-hinin-hojo"];
    private static readonly string[] Water = ["suido-kaishi", "suido-chushi", "suido-meigi-henko", "suido-koza-furikae"];
    private static readonly string[] Bereavement =
        ["shibo", "kaso-kyoka", "nenkin-shibo", "sosaihi-kokuho", "sosaihi-koki", "kaigo-shikaku-soshitsu", "koki-soshitsu", "suido-meigi-henko", "saigai-choikin"];

    public static IReadOnlyList<(string Query, string[] Relevant)> All { get; } =
    [
        ("引っ越し", Moving),
        ("引越し", Moving),
        ("転入", ["tennyu"]),
        ("てんにゅう", ["tennyu"]),
        ("転出", ["tenshutsu"]),
        ("転居", ["tenkyo"]),
        ("ごみ", Garbage),
        ("ゴミ", Garbage),
        ("ｺﾞﾐ", Garbage),
        ("粗大ごみ", ["sodai-gomi"]),
        ("粗大ゴミ", ["sodai-gomi"]),
        ("粗大", ["sodai-gomi"]),
        ("じゅうみんひょう", Residence),
        ("住民票", Residence),
        ("住民票の写し", ["juminhyo-copy"]),
        ("マイナンバー", ["mynumber-card-shinsei", "mynumber-card-henko"]),
        ("ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ 住所変更", ["mynumber-card-henko"]),
        ("犬", Dog),
        ("犬の登録", ["inu-toroku"]),
        ("子ども 手当", ChildAllowance),
        ("子供手当", ChildAllowance),
        ("児童手当", ChildAllowance),
        ("出産", ["shussei", "shussan-ikuji-ichijikin", "shussei-renraku"]),
        ("出生届", ["shussei"]),
        ("妊娠", ["ninshin-todoke", "ninpu-kenshin"]),
        ("母子手帳", ["ninshin-todoke"]),
        ("介護認定", ["kaigo-nintei", "kaigo-koshin", "kaigo-kubun-henko", "kaigo-jusho-iten"]),
        ("ケアマネージャー", ["kaigo-careplan"]),
        ("水道", Water),
        ("すいどう", Water),
        ("水道 開始", ["suido-kaishi"]),
        ("図書館", ["toshokan-yoyaku", "toshokan-toroku"]),
        ("本 予約", ["toshokan-yoyaku"]),
        ("体育館", ["shisetsu-yoyaku"]),
        ("印鑑", Seal),
        ("はんこ", Seal),
        ("印鑑証明", ["inkan-shomei"]),
        ("戸籍", ["koseki-shomei", "koseki-fuhyo", "tenseki"]),
        ("戸籍謄本", ["koseki-shomei"]),
        ("所得証明", ["zei-shomei"]),
        ("課税証明書", ["zei-shomei"]),
        ("住民税", ["juminzei-shinkoku", "zei-shomei", "shizei-koza-furikae"]),
        ("国保", ["kokuho-kanyu", "kokuho-dattai", "kokuho-kogaku", "kokuho-keigen-shitsugyo", "sosaihi-kokuho", "shussan-ikuji-ichijikin"]),
        ("国民健康保険 加入", ["kokuho-kanyu"]),
        ("年金", ["kokumin-nenkin-kanyu", "nenkin-menjo", "nenkin-gakusei-tokurei", "nenkin-shibo"]),
        ("死亡", Bereavement),
        ("おくやみ", Bereavement),
        ("葬祭費", ["sosaihi-kokuho", "sosaihi-koki"]),
        ("火葬", ["kaso-kyoka"]),
        ("墓じまい", ["kaiso-kyoka"]),
        ("結婚", ["konin"]),
        ("離婚", ["rikon", "jido-fuyo-nintei"]),
        ("罹災", ["risai-shomei", "risai-todokede-shomei"]),
        ("り災証明", ["risai-shomei"]),
        ("保育園", ["hoiku-moshikomi", "hoiku-nintei", "hoiku-genkyo"]),
        ("学童", ["gakudo"]),
        ("予防接種", ["yobo-sesshu"]),
        ("ワクチン", ["yobo-sesshu"]),
        ("がん検診", ["gan-kenshin"]),
        ("原付", ["gentsuki-toroku", "gentsuki-haisha"]),
        ("バイク 廃車", ["gentsuki-haisha"]),
        ("生活保護", ["seikatsu-hogo"]),
        ("お金がない", ["seikatsu-hogo"]),
        ("障害者手帳", ["shintai-techo", "shogai-techo-henko"]),
        ("転校", ["tengaku"]),
        ("就学援助", ["shugaku-enjo"]),
        ("後期高齢者", ["koki-kanyu", "koki-soshitsu", "sosaihi-koki"]),
        ("高額療養費", ["kokuho-kogaku"]),
        ("ひとり親", ["jido-fuyo-nintei", "hitorioya-iryo", "jido-fuyo-genkyo"]),
        ("浄化槽", ["jokaso-hojo"]),
        ("口座振替", ["shizei-koza-furikae", "suido-koza-furikae"]),
        ("職員採用", ["shokuin-saiyo"]),
        ("情報公開", ["joho-kokai", "kojin-joho-kaiji"]),
        ("世帯主", ["setai-henko"]),
        ("いんかん", Seal),
        ("こせき", ["koseki-shomei", "koseki-fuhyo"]),
        ("子ども医療費", ["kodomo-iryo"]),
    ];
}
