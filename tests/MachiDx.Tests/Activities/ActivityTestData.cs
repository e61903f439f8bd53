using MachiDx.Activities.Data;
using MachiDx.Activities.Events;
using MachiDx.Activities.Rewards;
using MachiDx.Platform.Outbox;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Activities;

/// <summary>Shared steps for the Activities scenarios.</summary>
internal static class ActivityTestData
{
    /// <summary>An event organised by the city, starting <paramref name="startsIn"/> from now (negative: already running).</summary>
    public static Task<VolunteerEvent> EventAsync(this MachiDxApp app, string city, TimeSpan startsIn, TimeSpan length, int capacity = 30, long points = 300) =>
        app.WithScopeAsync(city, async sp =>
        {
            var desk = sp.GetRequiredService<EventDesk>();
            var e = await desk.CreateAsync(new NewEvent("テスト清掃 " + Guid.NewGuid().ToString("N")[..6], "テスト", "テスト会場",
                new DateOnly(2030, 1, 1), new TimeOnly(9, 0), new TimeOnly(10, 0), capacity, points), null, "テスト市", Guid.NewGuid(), CancellationToken.None);
            var db = sp.GetRequiredService<ActivitiesDbContext>();
            var starts = app.Clock.UtcNow.Add(startsIn);
            await db.Events.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAtUtc, starts).SetProperty(x => x.EndsAtUtc, starts.Add(length)));
            return await db.Events.AsNoTracking().SingleAsync(x => x.Id == e.Id);
        });

    public static string CodeNow(this MachiDxApp app, VolunteerEvent e, int stepsAgo = 0) => VenueCode.At(e, VenueCode.StepAt(app.Clock.UtcNow) - stepsAgo);

    public static Task<int> DispatchAsync(this MachiDxApp app) =>
        app.WithScopeAsync(null, sp => sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));

    public static Task<List<RewardGrant>> GrantsAsync(this MachiDxApp app, string city, Guid resident) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<ActivitiesDbContext>().Grants.AsNoTracking().Where(g => g.ResidentId == resident).ToListAsync());

    public static Task<List<EventRegistration>> RegistrationsAsync(this MachiDxApp app, string city, Guid eventId) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<ActivitiesDbContext>().Registrations.AsNoTracking().Where(r => r.EventId == eventId).ToListAsync());

    /// <summary>Changes one city's reward rules for a test; dispose to put every previous value back.</summary>
    public static async Task<IAsyncDisposable> PolicyAsync(this MachiDxApp app, string city, Action<RewardPolicy> change)
    {
        var before = await app.WithScopeAsync(city, async sp =>
        {
            var policy = await sp.GetRequiredService<RewardIssuer>().PolicyAsync(CancellationToken.None);
            var db = sp.GetRequiredService<ActivitiesDbContext>();
            var copy = db.Entry(policy).CurrentValues.Clone();
            change(policy);
            await db.SaveChangesAsync();
            return copy;
        });
        return new Restore(() => app.WithScopeAsync(city, async sp =>
        {
            var policy = await sp.GetRequiredService<RewardIssuer>().PolicyAsync(CancellationToken.None);
            var db = sp.GetRequiredService<ActivitiesDbContext>();
            db.Entry(policy).CurrentValues.SetValues(before);
            return await db.SaveChangesAsync();
        }));
    }

    /// <summary>A module's outbox messages of one type whose payload mentions <paramref name="marker"/>.</summary>
    public static Task<List<MachiDx.Platform.Outbox.OutboxMessage>> OutboxAsync<TContext>(this MachiDxApp app, string type, string marker)
        where TContext : DbContext, MachiDx.Platform.Data.IModuleDbContext =>
        app.WithScopeAsync(null, sp => sp.GetRequiredService<TContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type == type && m.PayloadJson.Contains(marker)).ToListAsync());

    private sealed class Restore(Func<Task<int>> restore) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await restore();
    }
}
