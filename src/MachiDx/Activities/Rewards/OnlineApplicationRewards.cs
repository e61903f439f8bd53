using MachiDx.Platform.Outbox;
using MachiDx.Procedures.Contracts;

namespace MachiDx.Activities.Rewards;

/// <summary>
/// ★ Points for completing a procedure online (no anchor currency does this): on <see cref="ApplicationCompleted"/>,
/// the city's points for that procedure (its own value, else the standard online points), the first time per procedure
/// (or every time, by policy). The key comes from the event, so a redelivered event grants nothing more.
/// </summary>
public sealed class OnlineApplicationRewards(RewardIssuer issuer) : IIntegrationEventHandler<ApplicationCompleted>
{
    public async Task HandleAsync(ApplicationCompleted message, IncomingMessage envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var policy = await issuer.PolicyAsync(cancellationToken);
        var points = policy.OnlinePointsFor(message.ProcedureCode);
        if (points <= 0)
        {
            return;
        }

        var key = policy.OnlineApplicationMode == OnlineRewardMode.FirstPerProcedure
            ? $"online-first/{message.ApplicantId:N}/{message.ProcedureCode}"
            : $"online/{message.ApplicationId:N}";
        await issuer.IssueAsync(new RewardRequest(message.ApplicantId, RewardKind.OnlineApplication, key,
            $"{message.ProcedureName}をオンラインで申し込みました", points), cancellationToken);
    }
}
