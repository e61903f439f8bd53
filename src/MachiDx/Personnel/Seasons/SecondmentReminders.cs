using System.Globalization;
using MachiDx.Personnel.Data;
using MachiDx.Platform;
using MachiDx.Platform.Email;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Seasons;

/// <summary>
/// The secondments' mid-point check-in (中間面談) and return reminder (復帰の案内): once due, each is sent
/// once by e-mail to the staff member and both departments' 選考担当 (the supervisors on record). A
/// reminder is claimed by setting its sent-at on the row with a conditional update before it is sent, so
/// two upkeep passes (or nodes) never send it twice; a failed send clears the claim so the next pass retries.
/// </summary>
public sealed class SecondmentReminders(PersonnelDbContext db, StaffDirectory directory, IEmailSender email, TenantContext tenant, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = JapanTime.Today(time);
        var due = await db.Secondments.AsNoTracking()
            .Where(s => (s.CheckInSentAtUtc == null && s.CheckInDate <= today && s.EndDate >= today) || (s.ReturnReminderSentAtUtc == null && s.ReturnReminderDate <= today && s.EndDate >= today))
            .ToListAsync(ct);
        var sent = 0;
        foreach (var s in due)
        {
            if (s.CheckInSentAtUtc is null && s.CheckInDate <= today && await SendOnceAsync(s, checkIn: true, ct))
            {
                sent++;
            }

            if (s.ReturnReminderSentAtUtc is null && s.ReturnReminderDate <= today && await SendOnceAsync(s, checkIn: false, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendOnceAsync(Secondment s, bool checkIn, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claimed = checkIn
            ? await db.Secondments.Where(x => x.Id == s.Id && x.CheckInSentAtUtc == null).ExecuteUpdateAsync(u => u.SetProperty(x => x.CheckInSentAtUtc, now), ct)
            : await db.Secondments.Where(x => x.Id == s.Id && x.ReturnReminderSentAtUtc == null).ExecuteUpdateAsync(u => u.SetProperty(x => x.ReturnReminderSentAtUtc, now), ct);
        if (claimed != 1)
        {
            return false;
        }

        try
        {
            foreach (var message in await ComposeAsync(s, checkIn, ct))
            {
                await email.SendAsync(message, ct);
            }

            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Release the claim so that the next pass retries (recipients may then get a repeat of a partly sent reminder).
            _ = checkIn
                ? await db.Secondments.Where(x => x.Id == s.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.CheckInSentAtUtc, (DateTime?)null), CancellationToken.None)
                : await db.Secondments.Where(x => x.Id == s.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.ReturnReminderSentAtUtc, (DateTime?)null), CancellationToken.None);
            throw;
        }
    }

    private async Task<List<EmailMessage>> ComposeAsync(Secondment s, bool checkIn, CancellationToken ct)
    {
        var person = await db.Staff.AsNoTracking().SingleAsync(x => x.Id == s.StaffRecordId, ct);
        var selectors = await db.Staff.AsNoTracking()
            .Where(x => x.IsSelector && (x.DepartmentCode == s.FromDepartmentCode || x.DepartmentCode == s.ToDepartmentCode))
            .Select(x => x.StaffNumber).ToListAsync(ct);
        var emails = await directory.EmailsAsync([person.StaffNumber, .. selectors], ct);
        var departments = (await directory.DepartmentsAsync(ct)).ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        string Name(string code) => departments.GetValueOrDefault(code, code);
        var city = tenant.Required.Name;
        var period = string.Create(CultureInfo.InvariantCulture, $"{s.StartDate:yyyy年M月d日}〜{s.EndDate:yyyy年M月d日}");
        var (subject, line) = checkIn
            ? ("中間面談の時期です", string.Create(CultureInfo.InvariantCulture, $"派遣期間の中間（{s.CheckInDate:yyyy年M月d日}）になりました。本人と両部署の担当で中間面談を行い、必要があれば人事課に連絡してください。"))
            : ("派遣終了と復帰のご案内", string.Create(CultureInfo.InvariantCulture, $"派遣は{s.EndDate:yyyy年M月d日}に終わります。{Name(s.FromDepartmentCode)}への復帰に向けて、引き継ぎと受け入れの準備をお願いします。"));
        var body = $"""
            {city} 庁内人事交流（ドラフト）のお知らせです。

            {person.FullName}さん（{Name(s.FromDepartmentCode)} → {Name(s.ToDepartmentCode)}、{period}）
            所属の担当：{s.FromSupervisor}　派遣先の担当：{s.ToSupervisor}

            {line}

            派遣は任命権者の決定によります。このメールは送信専用です。
            """;
        return [.. emails.Values.Distinct(StringComparer.OrdinalIgnoreCase).Select(to => new EmailMessage(to, $"【{city}】{subject}（{person.FullName}さん）", body))];
    }
}
