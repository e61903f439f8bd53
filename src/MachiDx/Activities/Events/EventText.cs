using System.Globalization;
using MachiDx.Platform;

namespace MachiDx.Activities.Events;

/// <summary>How events and outcomes read in Japanese.</summary>
public static class EventText
{
    public static string When(VolunteerEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var start = JapanTime.ToJst(e.StartsAtUtc);
        var end = JapanTime.ToJst(e.EndsAtUtc);
        var week = "日月火水木金土"[(int)start.DayOfWeek];
        return string.Create(CultureInfo.InvariantCulture, $"{start:yyyy年M月d日}（{week}）{start:H:mm}〜{end:H:mm}");
    }

    public static string Status(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Registered => "申込済み",
        RegistrationStatus.Attended => "参加済み",
        RegistrationStatus.Cancelled => "キャンセル済み",
        _ => status.ToString(),
    };

    public static string Message(RegistrationOutcome outcome) => outcome switch
    {
        RegistrationOutcome.Registered => "参加を申し込みました。当日は会場のQRコードで受付してください。",
        RegistrationOutcome.AlreadyRegistered => "すでに申し込んでいます。",
        RegistrationOutcome.AlreadyAttended => "この活動にはすでに参加済みです。",
        RegistrationOutcome.Full => "定員に達したため、申し込めませんでした。",
        RegistrationOutcome.Closed => "この活動の申込は終了しました。",
        _ => "活動が見つかりません。",
    };

    public static string Message(CancelOutcome outcome) => outcome switch
    {
        CancelOutcome.Cancelled => "申込をキャンセルしました。",
        CancelOutcome.TooLate => "開始時刻を過ぎたため、キャンセルできません。",
        _ => "申込が見つかりません。",
    };

    public static string Message(CheckInOutcome outcome) => outcome switch
    {
        CheckInOutcome.CheckedIn => "受付しました。ご参加ありがとうございます。ポイントはまもなく付きます。",
        CheckInOutcome.AlreadyCheckedIn => "すでに受付済みです。ポイントは1回の参加につき1回だけ付きます。",
        CheckInOutcome.WrongCode => "受付コードが違います。会場に表示されているQRコードを読み取るか、6桁のコードを入力してください。",
        CheckInOutcome.ExpiredCode => "受付コードの有効期限が切れています。会場に表示されている新しいコードで受付してください。",
        CheckInOutcome.NotOpen => "受付時間外です。受付は活動の開始時刻から終了時刻までです。",
        CheckInOutcome.Full => "定員に達したため、受付できませんでした。主催者にお声がけください。",
        _ => "活動が見つかりません。",
    };
}
