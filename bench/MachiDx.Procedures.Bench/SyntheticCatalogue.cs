using System.Globalization;
using MachiDx.Procedures.Search;

namespace MachiDx.Procedures.Bench;

/// <summary>
/// A deterministic catalogue of any size made from the real procedures: each copy gets a district or
/// year qualifier in its name, extra sentences in its summary and sometimes a keyword borrowed from
/// another procedure, so postings and field lengths look like a large real catalogue rather than
/// 83 identical copies.
/// </summary>
internal static class SyntheticCatalogue
{
    public const int Seed = 20261126;

    private static readonly string[] Districts =
    [
        "中央", "北部", "南部", "東部", "西部", "大川", "三又", "田口", "道海島", "木室",
        "川口", "大野島", "行橋", "今元", "仲津", "稗田", "みやま", "瀬高", "山川", "高田",
    ];

    private static readonly string[] Kinds = ["郵送", "オンライン", "窓口", "代理人", "法人", "再交付", "更新", "変更"];

    private static readonly string[] Sentences =
    [
        "受付時間は平日の午前8時30分から午後5時15分までです。",
        "詳しくは担当課へお問い合わせください。",
        "{0}地区にお住まいの方が対象です。",
        "混雑する月末や連休明けは時間に余裕をもってお越しください。",
        "必要な書類がそろっていない場合は、後日あらためて手続きしていただくことがあります。",
        "{0}支所でも受け付けています。",
        "郵送の場合は返信用封筒を同封してください。",
        "代理人が手続きする場合は委任状が必要です。",
    ];

    public static IReadOnlyList<ProcedureSearchDocument> Generate(IReadOnlyList<ProcedureSearchDocument> real, int count)
    {
        var random = new Random(Seed);
        var result = new List<ProcedureSearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var source = real[i % real.Count];
            var copy = i / real.Count;
            var district = Districts[random.Next(Districts.Length)];
            var name = (copy % 4) switch
            {
                0 => source.Name,
                1 => $"{source.Name}（{district}地区）",
                2 => string.Create(CultureInfo.InvariantCulture, $"{source.Name}（令和{random.Next(1, 9)}年度）"),
                _ => $"{source.Name}（{Kinds[random.Next(Kinds.Length)]}）",
            };
            var sentences = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => string.Format(CultureInfo.InvariantCulture, Sentences[random.Next(Sentences.Length)], district));
            var keywords = random.Next(3) == 0
                ? [.. source.Keywords, real[random.Next(real.Count)].Keywords.FirstOrDefault() ?? district]
                : source.Keywords;
            result.Add(source with
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"{source.Code}-{copy:D3}"),
                Name = name,
                Summary = source.Summary + string.Concat(sentences),
                Keywords = keywords,
            });
        }

        return result;
    }
}
