namespace MachiDx.Insight.DigiLab.Request;

public static class DigiLabLabels
{
    public static readonly IReadOnlyList<ServiceType> Types = Enum.GetValues<ServiceType>();

    public static readonly IReadOnlyList<RequestStatus> Statuses = Enum.GetValues<RequestStatus>();

    public static readonly IReadOnlyList<FreedHoursUse> Uses = Enum.GetValues<FreedHoursUse>();

    public static string Type(ServiceType t) => t switch
    {
        ServiceType.AiMinutes => "AI議事録",
        ServiceType.Rpa => "RPA",
        ServiceType.AiOcr => "AI-OCR",
        _ => "その他",
    };

    public static string Status(RequestStatus s) => s switch
    {
        RequestStatus.Received => "受付",
        RequestStatus.Reviewing => "検討中",
        RequestStatus.Developing => "開発中",
        RequestStatus.Live => "稼働中",
        _ => "見送り",
    };

    public static string Use(FreedHoursUse u) => u switch
    {
        FreedHoursUse.CounterStaffing => "窓口対応の充実",
        FreedHoursUse.Consultations => "相談業務",
        FreedHoursUse.LessOvertime => "残業の削減",
        _ => "その他",
    };
}
