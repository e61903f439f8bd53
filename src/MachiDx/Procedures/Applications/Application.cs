using System.Text.Json;
using MachiDx.Platform.Rules;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Procedures.Applications;

/// <summary>
/// An online application (申請) and where it stands. Its transitions hold the workflow's rules and do the same steps
/// for every change: the status, the timestamp, the version (a copy loaded before another change conflicts on save)
/// and a timeline row, which the desk saves with the application (<see cref="TakeTimeline"/>).
/// </summary>
public sealed class Application : ITenantOwned
{
    /// <summary>Messages to the applicant, correction comments and notes: the same limit as the API's.</summary>
    public const int MaxMessageLength = 1000;

    private readonly List<ApplicationEvent> timeline = [];
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>受付番号, e.g. "2026-000042", unique within the municipality.</summary>
    public required string ReceiptNumber { get; set; }

    public required string ProcedureCode { get; set; }

    public required string ProcedureName { get; set; }

    /// <summary>The department (課) that processes it, by name.</summary>
    public required string Department { get; set; }

    public Guid ApplicantId { get; set; }

    public required string ApplicantName { get; set; }

    public ApplicationStatus Status { get; set; }

    /// <summary>The evaluated form values (JSON), hidden fields already dropped.</summary>
    public required string ValuesJson { get; set; }

    public long FeeYen { get; set; }

    /// <summary>Fields staff asked the resident to correct (補正), with comments, as JSON; empty otherwise.</summary>
    public string CorrectionJson { get; set; } = "[]";

    /// <summary>Key of a booked slot (facility/date/slot), for capacity checks; null when not a booking.</summary>
    public string? CapacityKey { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>標準処理期間 end; overdue after it while still open.</summary>
    public DateOnly? DueDate { get; set; }

    public Guid? AssigneeId { get; set; }

    public string? AssigneeName { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public DateTime? CompletedAtUtc { get; set; }

    public int Version { get; set; }

    /// <summary>The fields staff asked to correct, with their comments.</summary>
    public IReadOnlyList<CorrectionItem> RequestedCorrections() =>
        JsonSerializer.Deserialize<List<CorrectionItem>>(CorrectionJson) ?? [];

    public static string TooLong(string what) => $"{what}は{MaxMessageLength}文字以内で入力してください。";

    /// <summary>A staff move (受付, 審査開始, 完了, 却下). Rejecting needs a reason the applicant will read.</summary>
    public Refusal? MoveTo(ApplicationStatus to, string? message, ApplicationActor by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!ApplicationWorkflow.StaffMay(Status, to))
        {
            return Refusal.Conflict($"「{ApplicationWorkflow.Label(Status)}」の申請を「{ApplicationWorkflow.Label(to)}」にすることはできません。");
        }

        if (to == ApplicationStatus.Rejected && string.IsNullOrWhiteSpace(message))
        {
            return Refusal.Invalid("却下する理由を入力してください。", "message");
        }

        if (message?.Length > MaxMessageLength)
        {
            return Refusal.Invalid(TooLong("申請者へのメッセージ"), "message");
        }

        Change(to, now);
        if (to == ApplicationStatus.Completed)
        {
            CompletedAtUtc = now;
        }

        Record(ApplicationEvent.StatusChanged, to, ApplicationText.Clean(message), isInternal: false, by, now);
        return null;
    }

    /// <summary>Asks the resident to correct specific fields, each with a comment (補正依頼).</summary>
    public Refusal? RequestCorrection(IReadOnlyDictionary<string, string> comments, ApplicationActor by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(by);
        if (comments.Count == 0)
        {
            return Refusal.Invalid("補正を依頼する項目を1つ以上選び、内容を入力してください。", "fields");
        }

        if (comments.Values.Any(c => c.Length > MaxMessageLength))
        {
            return Refusal.Invalid(TooLong("補正の内容"), "fields");
        }

        if (!ApplicationWorkflow.StaffMay(Status, ApplicationStatus.CorrectionRequested))
        {
            return Refusal.Conflict($"「{ApplicationWorkflow.Label(Status)}」の申請には補正を依頼できません。");
        }

        CorrectionJson = JsonSerializer.Serialize(
            comments.Select(c => new CorrectionItem(c.Key, ApplicationText.Clean(c.Value) ?? "")).ToList(), FormValues.StorageJson);
        Change(ApplicationStatus.CorrectionRequested, now);
        Record(ApplicationEvent.CorrectionRequested, ApplicationStatus.CorrectionRequested,
            string.Join(" ／ ", comments.Values.Select(ApplicationText.Clean)), isInternal: false, by, now);
        return null;
    }

    /// <summary>Whether the resident may answer a correction request now.</summary>
    public Refusal? MayCorrect() => Status == ApplicationStatus.CorrectionRequested
        ? null
        : Refusal.Conflict("この申請は現在、補正を受け付けていません。");

    /// <summary>The resident's corrected values (already evaluated in full) go back to review.</summary>
    public Refusal? Correct(string valuesJson, ApplicationActor by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (MayCorrect() is { } refusal)
        {
            return refusal;
        }

        ValuesJson = valuesJson;
        CorrectionJson = "[]";
        Change(ApplicationStatus.UnderReview, now);
        Record(ApplicationEvent.Corrected, ApplicationStatus.UnderReview, "補正した内容を送信しました。", isInternal: false, by, now);
        return null;
    }

    /// <summary>取下げ by the applicant, while the application is still open.</summary>
    public Refusal? Withdraw(ApplicationActor by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!ApplicationWorkflow.ResidentMayWithdraw(Status))
        {
            return Refusal.Conflict($"「{ApplicationWorkflow.Label(Status)}」の申請は取り下げられません。");
        }

        Change(ApplicationStatus.Withdrawn, now);
        Record(ApplicationEvent.StatusChanged, ApplicationStatus.Withdrawn, "申請を取り下げました。", isInternal: false, by, now);
        return null;
    }

    /// <summary>
    /// Makes <paramref name="by"/> the assignee. Already theirs is not a change (a double click, two tabs): returns
    /// false and records nothing. Copies loaded before the first one saved conflict on the version.
    /// </summary>
    public bool AssignTo(ApplicationActor by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (AssigneeId == by.Id)
        {
            return false;
        }

        AssigneeId = by.Id;
        AssigneeName = by.Name;
        Version++;
        Record(ApplicationEvent.Assigned, null, by.Name + "が担当になりました。", isInternal: true, by, now);
        return true;
    }

    /// <summary>A note on the timeline; internal notes are for staff only. The status does not change.</summary>
    public Refusal? AddNote(string? text, bool isInternal, ApplicationActor by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Refusal.Invalid("メモの内容を入力してください。", "note");
        }

        if (text.Length > MaxMessageLength)
        {
            return Refusal.Invalid(TooLong("メモ"), "note");
        }

        Record(ApplicationEvent.Note, null, ApplicationText.Clean(text), isInternal, by, now);
        return null;
    }

    /// <summary>The first timeline row of a new application.</summary>
    internal void Submitted(ApplicationActor by, DateTime now) =>
        Record(ApplicationEvent.StatusChanged, ApplicationStatus.Submitted, "オンラインで申請しました。", isInternal: false, by, now);

    /// <summary>The timeline rows the transitions since the last call produced, for the desk to add to the same save.</summary>
    internal IReadOnlyList<ApplicationEvent> TakeTimeline()
    {
        var rows = timeline.ToList();
        timeline.Clear();
        return rows;
    }

    private void Change(ApplicationStatus to, DateTime now)
    {
        Status = to;
        UpdatedAtUtc = now;
        Version++;
    }

    private void Record(string kind, ApplicationStatus? to, string? message, bool isInternal, ApplicationActor by, DateTime now) =>
        timeline.Add(new ApplicationEvent
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = Id,
            AtUtc = now,
            Kind = kind,
            ToStatus = to,
            Message = message,
            Internal = isInternal,
            ActorId = by.Id,
            ActorName = by.Name,
        });

    internal static void Configure(EntityTypeBuilder<Application> entity)
    {
        entity.ToTable("applications");
        entity.HasKey(a => a.Id);
        entity.HasIndex(a => new { a.MunicipalityId, a.ReceiptNumber }).IsUnique();
        entity.HasIndex(a => new { a.MunicipalityId, a.Department, a.Status });
        entity.HasIndex(a => new { a.MunicipalityId, a.ApplicantId });
        entity.HasIndex(a => new { a.MunicipalityId, a.CapacityKey });
        entity.Property(a => a.ReceiptNumber).HasMaxLength(20);
        entity.Property(a => a.ProcedureCode).HasMaxLength(80);
        entity.Property(a => a.ProcedureName).HasMaxLength(120);
        entity.Property(a => a.Department).HasMaxLength(60);
        entity.Property(a => a.ApplicantName).HasMaxLength(100);
        entity.Property(a => a.AssigneeName).HasMaxLength(100);
        entity.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        entity.Property(a => a.ValuesJson).HasMaxLength(64000);
        entity.Property(a => a.CorrectionJson).HasMaxLength(16000);
        entity.Property(a => a.CapacityKey).HasMaxLength(300);
        entity.Property(a => a.Version).IsConcurrencyToken();
    }
}
