using MachiDx.Personnel.Data;
using MachiDx.Personnel.Seasons;
using MachiDx.Platform;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Personnel;

/// <summary>A secondment past its mid-point: the check-in reminder is e-mailed once to the staff member and both supervisors.</summary>
public abstract class SecondmentReminderScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "yukuhashi";

    [Fact]
    public async Task The_mid_point_reminder_is_sent_once_per_recipient_even_when_the_upkeep_runs_twice()
    {
        var person = await app.LinkedAsync(City, "kankyo");
        var secondmentId = await app.WithScopeAsync(City, async sp =>
        {
            var db = sp.GetRequiredService<PersonnelDbContext>();
            var today = JapanTime.Today(sp.GetRequiredService<TimeProvider>());
            var season = new DraftSeason
            {
                Id = Guid.CreateVersion7(), Name = "リマインダー確認シーズン", ReferenceDate = today.AddMonths(-4), NominationDeadline = today.AddMonths(-3),
                DraftDate = today.AddMonths(-3), SecondmentStart = today.AddMonths(-2), SecondmentMonths = 3, NominationsPerDepartment = 1,
                RulesJson = "{}", TieBreaks = "", Commitment = new string('0', 64), Seed = new string('0', 64), Phase = SeasonPhase.Completed, CreatedAtUtc = app.Clock.UtcNow,
            };
            var secondment = new Secondment
            {
                Id = Guid.CreateVersion7(), SeasonId = season.Id, StaffRecordId = person.Id, FromDepartmentCode = "kankyo", ToDepartmentCode = "fukushi",
                StartDate = today.AddMonths(-2), EndDate = today.AddMonths(1), CheckInDate = today.AddDays(-10), ReturnReminderDate = today.AddDays(20),
                FromSupervisor = "環境課の担当", ToSupervisor = "福祉課の担当",
            };
            db.Seasons.Add(season);
            db.Secondments.Add(secondment);
            await db.SaveChangesAsync();
            return secondment.Id;
        });

        var expected = await app.WithScopeAsync(City, async sp =>
        {
            var db = sp.GetRequiredService<PersonnelDbContext>();
            var numbers = await db.Staff.Where(s => s.IsSelector && (s.DepartmentCode == "kankyo" || s.DepartmentCode == "fukushi")).Select(s => s.StaffNumber).ToListAsync();
            numbers.Add(person.StaffNumber);
            var emails = await sp.GetRequiredService<MachiDx.Platform.Identity.StaffDirectory>().EmailsAsync(numbers, CancellationToken.None);
            return emails.Values.Select(e => e.ToUpperInvariant()).Distinct().OrderBy(e => e, StringComparer.Ordinal).ToList();
        });
        Assert.True(expected.Count >= 2, string.Join(", ", expected));

        await app.WithScopeAsync(City, sp => sp.GetRequiredService<SecondmentReminders>().RunAsync(CancellationToken.None));
        await app.WithScopeAsync(City, sp => sp.GetRequiredService<SecondmentReminders>().RunAsync(CancellationToken.None));

        var mails = Directory.Exists(app.MailDirectory)
            ? Directory.GetFiles(app.MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
                .Where(m => (m.Subject ?? "").Contains($"中間面談の時期です（{person.FullName}さん）", StringComparison.Ordinal)).ToList()
            : [];
        var recipients = mails.SelectMany(m => m.To.Mailboxes).Select(a => a.Address.ToUpperInvariant()).OrderBy(e => e, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, recipients);
        Assert.All(mails, m => Assert.Contains("中間面談", m.TextBody, StringComparison.Ordinal));

        var row = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().Secondments.AsNoTracking().SingleAsync(s => s.Id == secondmentId));
        Assert.NotNull(row.CheckInSentAtUtc);
        Assert.Null(row.ReturnReminderSentAtUtc);
    }
}

public sealed class SecondmentReminderOnSqlite(SqliteApp app) : SecondmentReminderScenarios<SqliteApp>(app);

public sealed class SecondmentReminderOnPostgres(PostgresApp app) : SecondmentReminderScenarios<PostgresApp>(app);
