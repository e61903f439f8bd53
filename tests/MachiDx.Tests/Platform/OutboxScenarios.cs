using System.Collections.Concurrent;
using MachiDx.Platform.Data;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>Events commit with the change that caused them, are delivered at least once, and take effect exactly once.</summary>
public abstract class OutboxScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp, IOutboxTestApp
{
    private async Task<Guid> PublishAsync(string city, string note, bool commit = true) =>
        await app.WithScopeAsync(city, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var tenant = sp.GetRequiredService<TenantContext>();
            db.Departments.Add(new Department { Id = Guid.NewGuid(), Code = "src-" + note, Name = "発生元" + note });
            var id = sp.GetRequiredService<Outbox>().Publish(db, new TestPing(tenant.Required.Id, note));
            if (commit)
            {
                await db.SaveChangesAsync();
            }

            return id;
        });

    private async Task DispatchUntilAsync(Func<bool> condition)
    {
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcherAccessor>();
        await Eventually.HoldsAsync(async () =>
        {
            await dispatcher.DispatchDueAsync();
            Assert.True(condition(), "condition not reached");
        });
    }

    private Task<OutboxMessage> MessageAsync(Guid id) =>
        app.WithScopeAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.MessageId == id));

    private Task<int> EffectRowsAsync(string city, string note) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<PlatformDbContext>().Departments.CountAsync(d => d.Code == "fx-" + note));

    [Fact]
    public async Task A_committed_event_is_delivered_to_its_handler_bound_to_the_events_municipality()
    {
        var id = await PublishAsync("miyama", "deliver");
        await DispatchUntilAsync(() => app.Recorder.Deliveries.ContainsKey(id));

        Assert.Equal(3, app.Recorder.Deliveries[id].MunicipalityId);
        Assert.NotNull((await MessageAsync(id)).DispatchedAtUtc);
        Assert.Equal(1, await EffectRowsAsync("miyama", "deliver"));
    }

    [Fact]
    public async Task An_event_whose_change_was_not_committed_is_never_delivered()
    {
        var id = await PublishAsync("okawa", "rolled-back", commit: false);
        await app.Services.GetRequiredService<OutboxDispatcherAccessor>().DispatchDueAsync();
        Assert.False(app.Recorder.Deliveries.ContainsKey(id));
        Assert.Equal(0, await app.WithScopeAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().OutboxMessages.CountAsync(m => m.MessageId == id)));
    }

    [Fact]
    public async Task A_failing_handler_leaves_the_message_for_a_later_retry()
    {
        app.Recorder.FailNotes.TryAdd("flaky", true);
        var id = await PublishAsync("okawa", "flaky");
        await DispatchUntilAsync(() => app.Recorder.Failures.ContainsKey(id));

        var failed = await MessageAsync(id);
        Assert.Null(failed.DispatchedAtUtc);
        Assert.True(failed.Attempts >= 1);
        Assert.Contains("flaky", failed.LastError);
        Assert.Equal(0, await EffectRowsAsync("okawa", "flaky"));

        app.Recorder.FailNotes.TryRemove("flaky", out _);
        app.Clock.Advance(TimeSpan.FromMinutes(61)); // past the longest back-off (an hour): the retry is due
        await DispatchUntilAsync(() => app.Recorder.Deliveries.ContainsKey(id));
        Assert.Equal(1, await EffectRowsAsync("okawa", "flaky"));
    }

    [Fact]
    public async Task Redelivering_the_same_message_takes_effect_only_once()
    {
        var id = await PublishAsync("yukuhashi", "twice");
        await DispatchUntilAsync(() => app.Recorder.Deliveries.ContainsKey(id));

        // As if the process died after the handler committed but before the message was marked dispatched.
        await app.WithScopeAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().OutboxMessages
            .Where(m => m.MessageId == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAtUtc, (DateTime?)null)));
        await DispatchUntilAsync(() => app.Recorder.Calls.GetValueOrDefault(id) >= 2);

        Assert.Equal(1, await EffectRowsAsync("yukuhashi", "twice"));
        Assert.NotNull((await MessageAsync(id)).DispatchedAtUtc);
    }

    [Fact]
    public async Task Concurrent_duplicate_deliveries_take_effect_only_once()
    {
        var id = Guid.NewGuid();
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.WithScopeAsync("okawa", sp =>
            sp.GetRequiredService<RecordingPingHandler>().ApplyAsync(new TestPing(1, "race"), id, CancellationToken.None))));
        Assert.Equal(1, results.Count(applied => applied));
        Assert.Equal(1, await EffectRowsAsync("okawa", "race"));
    }
}

/// <summary>A test-only integration event.</summary>
public sealed record TestPing(int MunicipalityId, string Note) : IIntegrationEvent;

public interface IOutboxTestApp
{
    PingRecorder Recorder { get; }
}

public sealed class PingRecorder
{
    public ConcurrentDictionary<Guid, (int? MunicipalityId, string Note)> Deliveries { get; } = new();

    public ConcurrentDictionary<Guid, int> Calls { get; } = new();

    public ConcurrentDictionary<Guid, string> Failures { get; } = new();

    public ConcurrentDictionary<string, bool> FailNotes { get; } = new();
}

/// <summary>Writes a department as its effect, guarded by the inbox so that it happens once per message.</summary>
public sealed class RecordingPingHandler(PingRecorder recorder, PlatformDbContext db, Inbox inbox, TenantContext tenant)
    : IIntegrationEventHandler<TestPing>
{
    public async Task HandleAsync(TestPing message, IncomingMessage envelope, CancellationToken cancellationToken)
    {
        recorder.Calls.AddOrUpdate(envelope.MessageId, 1, (_, n) => n + 1);
        if (recorder.FailNotes.ContainsKey(message.Note))
        {
            recorder.Failures[envelope.MessageId] = message.Note;
            throw new InvalidOperationException("handler failed on purpose: " + message.Note);
        }

        await ApplyAsync(message, envelope.MessageId, cancellationToken);
        recorder.Deliveries[envelope.MessageId] = (tenant.MunicipalityId, message.Note);
    }

    public Task<bool> ApplyAsync(TestPing message, Guid messageId, CancellationToken ct) =>
        inbox.RunOnceAsync(db, messageId, nameof(RecordingPingHandler), _ =>
        {
            db.Departments.Add(new Department { Id = Guid.NewGuid(), Code = "fx-" + message.Note, Name = "効果" + message.Note + messageId.ToString("N")[..6] });
            return Task.CompletedTask;
        }, ct);
}

/// <summary>Exposes the internal dispatcher to tests.</summary>
public sealed class OutboxDispatcherAccessor(IServiceProvider services)
{
    public Task<int> DispatchDueAsync() =>
        services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
}

public abstract class OutboxApp(MachiDx.Platform.Data.DatabaseProvider provider) : MachiDxApp(provider), IOutboxTestApp
{
    public PingRecorder Recorder { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton(Recorder);
        services.AddScoped<RecordingPingHandler>();
        services.AddScoped<IIntegrationEventHandler<TestPing>>(sp => sp.GetRequiredService<RecordingPingHandler>());
        services.AddSingleton<OutboxDispatcherAccessor>();
        services.AddIntegrationEvent<TestPing>("test.ping");
    }
}

public sealed class SqliteOutboxApp() : OutboxApp(MachiDx.Platform.Data.DatabaseProvider.Sqlite);

public sealed class PostgresOutboxApp() : OutboxApp(MachiDx.Platform.Data.DatabaseProvider.Postgres);

public sealed class OutboxOnSqlite(SqliteOutboxApp app) : OutboxScenarios<SqliteOutboxApp>(app);

public sealed class OutboxOnPostgres(PostgresOutboxApp app) : OutboxScenarios<PostgresOutboxApp>(app);
