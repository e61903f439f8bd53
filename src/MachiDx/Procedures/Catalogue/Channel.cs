namespace MachiDx.Procedures.Catalogue;

/// <summary>
/// How a procedure can be done. Honest labels: "online" means it can be completed online; 転入届, for
/// one, cannot — it offers a booking with pre-filled data instead.
/// </summary>
public static class Channel
{
    public const string Online = "online";
    public const string Reservation = "reservation";
    public const string Counter = "counter";
    public const string Mail = "mail";

    public static readonly IReadOnlyList<string> All = [Online, Reservation, Counter, Mail];

    public static string Label(string channel) => channel switch
    {
        Online => "オンラインで完結",
        Reservation => "来庁予約 + 事前入力",
        Counter => "窓口",
        Mail => "郵送",
        _ => channel,
    };
}
