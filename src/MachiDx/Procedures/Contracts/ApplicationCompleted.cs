using MachiDx.Platform.Outbox;

namespace MachiDx.Procedures.Contracts;

/// <summary>
/// Published (through the outbox) when staff complete an online application. The rewards module
/// grants points for online procedures from it; <see cref="ApplicationId"/> makes the reward idempotent.
/// </summary>
public sealed record ApplicationCompleted(
    int MunicipalityId, Guid ApplicationId, string ReceiptNumber, string ProcedureCode, string ProcedureName,
    Guid ApplicantId, DateTime SubmittedAtUtc, DateTime CompletedAtUtc) : IIntegrationEvent
{
    public const string EventName = "procedures.application-completed";
}
