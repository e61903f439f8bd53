using MachiDx.Platform.Email;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.People;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using Microsoft.Extensions.Options;

namespace MachiDx.Procedures.Applications.Notices;

/// <summary>
/// An e-mail to the applicant is due (受付, 補正のお願い, 完了, 却下). Published through the outbox with the change that
/// caused it, so the notice is sent after the change commits and retried until it is sent.
/// </summary>
public sealed record ApplicationNoticeDue(int MunicipalityId, Guid ApplicationId, string ReceiptNumber, string ProcedureName, Guid ApplicantId,
    ApplicationStatus Status, string? Message) : IIntegrationEvent
{
    public const string EventName = "procedures.application-notice-due";

    /// <summary>Statuses the applicant is told about by e-mail (the in-app timeline shows every step).</summary>
    public static bool Notifies(ApplicationStatus status) =>
        status is ApplicationStatus.Accepted or ApplicationStatus.CorrectionRequested or ApplicationStatus.Completed or ApplicationStatus.Rejected;
}

public sealed class NoticeOptions
{
    public const string SectionName = "Notices";

    /// <summary>The address residents use, for links in e-mails, e.g. https://machidx.example.jp.</summary>
    public string SiteUrl { get; set; } = "http://localhost:5080";
}

/// <summary>Sends the applicant the e-mail for <see cref="ApplicationNoticeDue"/>, once per message (inbox).</summary>
public sealed class ApplicationNoticeMailer(ProceduresDbContext db, Platform.Outbox.Inbox inbox, IEmailSender email, PeopleDirectory people, TenantContext tenant,
    IOptions<NoticeOptions> options) : IIntegrationEventHandler<ApplicationNoticeDue>
{
    public async Task HandleAsync(ApplicationNoticeDue message, IncomingMessage envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(envelope);
        var resident = await people.ResidentAsync(message.ApplicantId, cancellationToken);
        if (resident is null || string.IsNullOrWhiteSpace(resident.Email))
        {
            return;
        }

        var city = tenant.Required;
        await inbox.RunOnceAsync(db, envelope.MessageId, nameof(ApplicationNoticeMailer), async ct =>
            await email.SendAsync(Compose(city, resident.FullName, resident.Email, message, options.Value.SiteUrl), ct), cancellationToken);
    }

    public static EmailMessage Compose(MunicipalityInfo city, string name, string to, ApplicationNoticeDue notice, string siteUrl)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(notice);
        var (title, line) = notice.Status switch
        {
            ApplicationStatus.Accepted => ("受け付けました", "申請を受け付けました。内容を確認しています。"),
            ApplicationStatus.CorrectionRequested => ("補正のお願い", "申請の内容に、直していただきたいところがあります。下のページから、指摘された項目だけを直して送信してください。"),
            ApplicationStatus.Completed => ("手続きが完了しました", "手続きが完了しました。ご利用ありがとうございました。"),
            ApplicationStatus.Rejected => ("申請をお受けできませんでした", "申し訳ありませんが、この申請はお受けできませんでした。"),
            _ => ("状況が変わりました", "申請の状況が変わりました。"),
        };
        var body = $"""
            {name} 様

            {city.Name}です。「{notice.ProcedureName}」の申請（受付番号 {notice.ReceiptNumber}）について、お知らせします。

            {line}
            {(string.IsNullOrWhiteSpace(notice.Message) ? "" : "\n市からのメッセージ:\n" + notice.Message + "\n")}
            申請の状況はこちらで確認できます（ログインが必要です）:
            {siteUrl.TrimEnd('/')}/{city.Code}/applications/{notice.ReceiptNumber}

            このメールは送信専用です。ご返信いただいてもお答えできません。
            """;
        return new EmailMessage(to, $"【{city.Name}】{title}（受付番号 {notice.ReceiptNumber}）", body);
    }
}
