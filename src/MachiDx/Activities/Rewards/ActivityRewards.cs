using System.Globalization;
using MachiDx.Activities.Contracts;
using MachiDx.Activities.Data;
using MachiDx.Platform.Outbox;
using MachiDx.Wallet.Contracts;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Rewards;

/// <summary>Points for attending a volunteer event: the event's points, once per resident and event.</summary>
public sealed class VolunteerRewards(RewardIssuer issuer) : IIntegrationEventHandler<VolunteerAttended>
{
    public async Task HandleAsync(VolunteerAttended message, IncomingMessage envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Points <= 0)
        {
            return;
        }

        var day = message.EventDate.ToString("M月d日", CultureInfo.InvariantCulture);
        await issuer.IssueAsync(new RewardRequest(message.ResidentId, RewardKind.Volunteer, $"volunteer/{message.EventId:N}/{message.ResidentId:N}",
            $"ボランティア「{message.EventTitle}」（{day}）に参加しました", message.Points), cancellationToken);
    }
}

/// <summary>
/// Points for health activities. Steps earn per threshold of the city's table, each threshold once per day (a later,
/// higher count for the day adds only the difference); check-ups and classes earn their points once per record.
/// </summary>
public sealed class HealthRewards(RewardIssuer issuer) : IIntegrationEventHandler<HealthActivityVerified>
{
    public async Task HandleAsync(HealthActivityVerified message, IncomingMessage envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var policy = await issuer.PolicyAsync(cancellationToken);
        var day = message.Date.ToString("M月d日", CultureInfo.InvariantCulture);
        switch (message.Kind)
        {
            case HealthActivityKind.Steps:
                long before = 0;
                foreach (var (steps, points) in policy.StepTiers())
                {
                    if (message.Steps < steps)
                    {
                        break;
                    }

                    await issuer.IssueAsync(new RewardRequest(message.ResidentId, RewardKind.Health,
                        string.Create(CultureInfo.InvariantCulture, $"steps/{message.ResidentId:N}/{message.Date:yyyyMMdd}/{steps}"),
                        string.Create(CultureInfo.InvariantCulture, $"{day}に{steps:N0}歩以上歩きました"), points - before), cancellationToken);
                    before = points;
                }

                break;
            case HealthActivityKind.Checkup when policy.CheckupPoints > 0:
                await issuer.IssueAsync(new RewardRequest(message.ResidentId, RewardKind.Health, $"health/{message.ActivityId:N}",
                    $"{day}に{message.Title}を受けました", policy.CheckupPoints), cancellationToken);
                break;
            case HealthActivityKind.HealthClass when policy.HealthClassPoints > 0:
                await issuer.IssueAsync(new RewardRequest(message.ResidentId, RewardKind.Health, $"health/{message.ActivityId:N}",
                    $"{day}に{message.Title}に参加しました", policy.HealthClassPoints), cancellationToken);
                break;
        }
    }
}

/// <summary>The wallet's premium tier asks how many activity points a resident was granted in its window.</summary>
public sealed class ActivityPointsReader(ActivitiesDbContext db) : IActivityPoints
{
    public async Task<long> EarnedSinceAsync(Guid residentId, DateTime sinceUtc, CancellationToken cancellationToken) =>
        await db.Grants.Where(g => g.ResidentId == residentId && g.Status == RewardStatus.Granted && g.CreatedAtUtc >= sinceUtc)
            .SumAsync(g => g.Points, cancellationToken);
}
