namespace MachiDx.Procedures.Kpi;

/// <summary>
/// The channels staff count by hand. Applications submitted through MachiDX are counted automatically
/// and are not among them; "online-other" is for online cases another system received (a library system,
/// マイナポータル), which the national オンライン申請率 also counts as online.
/// </summary>
public static class CaseChannel
{
    public const string Counter = "counter";
    public const string Mail = "mail";
    public const string Phone = "phone";
    public const string OnlineOther = "online-other";

    public static readonly IReadOnlyList<string> All = [Counter, Mail, Phone, OnlineOther];

    public static bool IsOnline(string channel) => channel == OnlineOther;

    public static string Label(string channel) => channel switch
    {
        Counter => "窓口",
        Mail => "郵送",
        Phone => "電話",
        OnlineOther => "オンライン（他のシステム）",
        _ => channel,
    };

    /// <summary>Reads a channel from a code or its Japanese label (CSV files from spreadsheets use either).</summary>
    public static string? Parse(string text) => text.Trim() switch
    {
        Counter or "窓口" => Counter,
        Mail or "郵送" => Mail,
        Phone or "電話" => Phone,
        OnlineOther or "オンライン（他のシステム）" or "オンライン(他のシステム)" or "他システム" => OnlineOther,
        _ => null,
    };
}
