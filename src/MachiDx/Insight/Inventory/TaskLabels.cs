namespace MachiDx.Insight.Inventory;


/// <summary>Japanese labels for the task attributes, used by the pages, the CSV and the importer.</summary>
public static class TaskLabels
{
    public static string Medium(InputMedium m) => m switch { InputMedium.Paper => "紙", InputMedium.Digital => "電子", _ => "混在" };

    public static string Personal(PersonalInfoLevel p) => p switch { PersonalInfoLevel.None => "なし", PersonalInfoLevel.Personal => "個人情報", _ => "要配慮・マイナンバー" };

    public static string Difficulty(Difficulty d) => d switch { Inventory.Difficulty.Low => "低", Inventory.Difficulty.Medium => "中", _ => "高" };

    public static string RuleBased(bool ruleBased) => ruleBased ? "定型" : "非定型";

    public static string Core(bool core) => core ? "コア" : "ノンコア";

    public static InputMedium? ParseMedium(string text) => text switch { "紙" => InputMedium.Paper, "電子" => InputMedium.Digital, "混在" => InputMedium.Mixed, _ => null };

    public static PersonalInfoLevel? ParsePersonal(string text) => text switch
    {
        "なし" or "" => PersonalInfoLevel.None,
        "個人情報" => PersonalInfoLevel.Personal,
        "要配慮・マイナンバー" or "要配慮" or "マイナンバー" => PersonalInfoLevel.Sensitive,
        _ => null,
    };

    public static Difficulty? ParseDifficulty(string text) => text switch { "低" => Inventory.Difficulty.Low, "中" or "" => Inventory.Difficulty.Medium, "高" => Inventory.Difficulty.High, _ => null };

    public static bool? ParseRuleBased(string text) => text switch { "定型" => true, "非定型" => false, _ => null };

    public static bool? ParseCore(string text) => text switch { "コア" => true, "ノンコア" => false, _ => null };
}
