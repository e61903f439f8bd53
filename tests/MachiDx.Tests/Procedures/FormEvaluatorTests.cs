using MachiDx.Procedures.Forms;
using MachiDx.Procedures.Forms.Engine;

namespace MachiDx.Tests.Procedures;

/// <summary>The form rules run on the server: hidden fields dropped, unknown fields ignored, every value checked.</summary>
public sealed class FormEvaluatorTests
{
    private static readonly FormLibrary Forms = FormLibrary.Load();
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static FormInput Input(params (string Key, string Value)[] values) =>
        new(values.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(v => v.Value).ToList()));

    private static (string, string)[] BulkyWaste(params (string, string)[] overrides)
    {
        var values = new Dictionary<string, string>
        {
            ["fullName"] = "大川 太郎", ["fullNameKana"] = "おおかわ たろう", ["postalCode"] = "831-0016", ["address"] = "大川市大字酒見1",
            ["phone"] = "0944-87-2101", ["items[0].item"] = "desk", ["items[0].count"] = "1", ["preferredDate"] = "2026-12-01",
            ["placement"] = "door", ["agree"] = "true",
        };
        foreach (var (k, v) in overrides)
        {
            values[k] = v;
        }

        return [.. values.Select(kv => (kv.Key, kv.Value))];
    }

    [Fact]
    public void Every_required_form_of_the_issue_exists()
    {
        foreach (var code in new[] { "sodai-gomi", "suido-kaishi", "toshokan-yoyaku", "shisetsu-yoyaku", "jido-teate-nintei", "juminhyo-copy", "inu-toroku" })
        {
            Assert.NotNull(Forms.Find(code));
        }
    }

    [Fact]
    public void A_valid_submission_is_normalised()
    {
        var result = FormEvaluator.Evaluate(Forms.Find("sodai-gomi")!, Input(BulkyWaste(("fullName", "  大川　太郎 "), ("items[0].count", "２"))), Today);
        Assert.True(result.IsValid, string.Join(", ", result.Errors));
        Assert.Equal("大川 太郎", result.Values["fullName"]!.GetValue<string>());
        Assert.Equal("8310016", result.Values["postalCode"]!.GetValue<string>());
        Assert.Equal(2, result.Values["items"]![0]!["count"]!.GetValue<long>());
    }

    [Fact]
    public void Values_of_fields_hidden_by_their_condition_are_dropped_even_if_posted()
    {
        var result = FormEvaluator.Evaluate(Forms.Find("sodai-gomi")!, Input(BulkyWaste(("placementNote", "<script>tampered</script>"))), Today);
        Assert.True(result.IsValid);
        Assert.Null(result.Values["placementNote"]);

        var shown = FormEvaluator.Evaluate(Forms.Find("sodai-gomi")!, Input(BulkyWaste(("placement", "other"))), Today);
        Assert.Equal("出す場所の説明を入力してください。", shown.Errors["placementNote"]);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var result = FormEvaluator.Evaluate(Forms.Find("sodai-gomi")!, Input(BulkyWaste(("isAdmin", "true"), ("feeYen", "0"))), Today);
        Assert.True(result.IsValid);
        Assert.False(result.Values.ContainsKey("isAdmin"));
    }

    [Theory]
    [InlineData("items[0].item", "piano", "items[0].item", "品目の選択肢が正しくありません。")]
    [InlineData("items[0].count", "11", "items[0].count", "数は1から10までの数で入力してください。")]
    [InlineData("items[0].count", "1.5", "items[0].count", "数は半角数字（整数）で入力してください。")]
    [InlineData("preferredDate", "2026-11-27", "preferredDate", "収集の希望日は2026年11月29日以降の日付を入力してください。")]
    [InlineData("postalCode", "12345", "postalCode", "郵便番号は7桁の数字で入力してください（例: 831-0016）。")]
    [InlineData("fullNameKana", "Taro", "fullNameKana", "ふりがなはひらがなまたはカタカナで入力してください。")]
    [InlineData("agree", "", "agree", "収集日の朝8時30分までに、指定の場所に出しますを確認してチェックを入れてください。")]
    public void Bad_values_get_japanese_field_errors(string key, string value, string path, string message)
    {
        var result = FormEvaluator.Evaluate(Forms.Find("sodai-gomi")!, Input(BulkyWaste((key, value))), Today);
        Assert.Equal(message, result.Errors[path]);
    }

    [Fact]
    public void Over_long_text_is_refused()
    {
        var result = FormEvaluator.Evaluate(Forms.Find("sodai-gomi")!, Input(BulkyWaste(("address", new string('あ', 201)))), Today);
        Assert.Equal("住所は200文字以内で入力してください。", result.Errors["address"]);
    }

    [Fact]
    public void Repeatable_groups_are_bounded_by_their_maximum()
    {
        var rows = Enumerable.Range(0, 50).SelectMany(i => new[] { ($"items[{i}].item", "desk"), ($"items[{i}].count", "1") }).ToArray();
        var result = FormEvaluator.Evaluate(Forms.Find("sodai-gomi")!, Input([.. BulkyWaste(), .. rows]), Today);
        Assert.Equal(10, result.Values["items"]!.AsArray().Count);
    }

    [Fact]
    public void The_certificate_fee_is_per_copy()
    {
        var form = Forms.Find("juminhyo-copy")!;
        var values = new System.Text.Json.Nodes.JsonObject { ["copies"] = 3 };
        Assert.Equal(900, FormLibrary.FeeFor(form, values));
    }

    [Fact]
    public void A_renamed_file_is_not_accepted_as_a_pdf_and_oversize_files_are_refused()
    {
        var form = Forms.Find("inu-toroku")!;
        UploadedFile File(string name, byte[] bytes) => new(name, "application/pdf", bytes.Length, () => new MemoryStream(bytes));
        var exe = new FormInput(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, UploadedFile> { ["rabiesCertificate"] = File("cert.pdf", "MZ\x90\0binary"u8.ToArray()) });
        Assert.StartsWith("狂犬病予防注射済証は PDF", FormEvaluator.Evaluate(form, exe, Today).Errors["rabiesCertificate"], StringComparison.Ordinal);

        var big = new byte[6 * 1024 * 1024];
        "%PDF-1.7"u8.CopyTo(big);
        var oversize = new FormInput(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, UploadedFile> { ["rabiesCertificate"] = File("cert.pdf", big) });
        Assert.Equal("狂犬病予防注射済証のファイルは5MB以下にしてください。", FormEvaluator.Evaluate(form, oversize, Today).Errors["rabiesCertificate"]);

        var pdf = new FormInput(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, UploadedFile> { ["rabiesCertificate"] = File("../../etc/cert.pdf", "%PDF-1.7 ok"u8.ToArray()) });
        var ok = FormEvaluator.Evaluate(form, pdf, Today);
        Assert.False(ok.Errors.ContainsKey("rabiesCertificate"));
        Assert.Equal("cert.pdf", ok.Values["rabiesCertificate"]!["fileName"]!.GetValue<string>());
    }

    [Fact]
    public void Dates_are_shown_with_the_japanese_era()
    {
        Assert.Equal("2026年4月1日（令和8年）", JapaneseDates.FormatWithWareki(new DateOnly(2026, 4, 1)));
    }
}
