using MachiDx.Activities.Contracts;
using MachiDx.Activities.Data;
using MachiDx.Activities.Events;
using MachiDx.Activities.Groups;
using MachiDx.Activities.Health;
using MachiDx.Platform;
using MachiDx.Platform.Demo;
using MachiDx.Platform.People;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities;

/// <summary>
/// Demo activities per city: an event running now (so the venue screen shows a live code) that resident@ attended,
/// a health class resident@ attended (together 500 pt, the first premium tier), an upcoming city event, and an
/// approved community group (represented by resident2@) with an event of its own.
/// </summary>
internal sealed class ActivitiesDemoData : IDemoDataContributor
{
    public int Order => 300;

    public async Task SeedAsync(MunicipalityInfo municipality, IServiceProvider services, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var db = services.GetRequiredService<ActivitiesDbContext>();
        if (await db.Events.AnyAsync(ct))
        {
            return;
        }

        var people = services.GetRequiredService<PeopleDirectory>();
        var desk = services.GetRequiredService<EventDesk>();
        var time = services.GetRequiredService<TimeProvider>();
        var now = JapanTime.ToJst(time.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(now);
        var staff = await people.AccountByEmailAsync(DemoDataSeeder.EmailFor("staff", municipality.Code), ct);
        var resident = await people.AccountByEmailAsync(DemoDataSeeder.EmailFor("resident", municipality.Code), ct);
        var resident2 = await people.AccountByEmailAsync(DemoDataSeeder.EmailFor("resident2", municipality.Code), ct);
        if (staff is null || resident is null || resident2 is null)
        {
            return;
        }

        // Running now: started 30 minutes ago (clamped to today), for three hours.
        var starts = TimeOnly.FromDateTime(now.AddMinutes(-30));
        var ends = starts.AddHours(3) > starts ? starts.AddHours(3) : new TimeOnly(23, 59);
        var live = await desk.CreateAsync(new NewEvent("公園の花壇づくり", "中央公園の花壇に季節の花を植えます。軍手と飲み物をお持ちください。", $"{municipality.Name}中央公園",
            today, starts, ends, 30, 300), null, municipality.Name, staff.Value.Id, ct);
        await desk.RegisterAsync(live.Id, resident.Value.Id, resident.Value.DisplayName, ct);
        var registration = await db.Registrations.SingleAsync(r => r.EventId == live.Id && r.ResidentId == resident.Value.Id, ct);
        await desk.MarkAttendedAsync(live, registration.Id, ct);

        await desk.CreateAsync(new NewEvent("市内一斉清掃", "河川敷のごみ拾いです。ごみ袋と火ばさみは会場でお渡しします。雨天中止。", $"{municipality.Name}役所 正面玄関前集合",
            today.AddDays(10), new TimeOnly(8, 30), new TimeOnly(10, 30), 100, 300), null, municipality.Name, staff.Value.Id, ct);

        var group = new OrganizerGroup
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()), Name = $"{municipality.Name[..^1]}みらい見守り隊", Activity = "通学路での子どもの見守り、高齢者宅への声かけ。",
            RepresentativeUserId = resident2.Value.Id, RepresentativeName = resident2.Value.DisplayName, ContactPhone = "0944-00-0000",
            Status = GroupStatus.Approved, ReviewNote = "デモの団体です。", AppliedAtUtc = time.GetUtcNow().UtcDateTime, ReviewedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        await desk.CreateAsync(new NewEvent("通学路の見守り", "小学校の登校時間に通学路で見守りをします。", $"{municipality.Name}立中央小学校 正門",
            today.AddDays(5), new TimeOnly(7, 30), new TimeOnly(8, 30), 15, 300), group.Id, group.Name, resident2.Value.Id, ct);

        await services.GetRequiredService<HealthDesk>().AttestAsync(resident.Value.Id, resident.Value.DisplayName, HealthActivityKind.HealthClass,
            today.AddDays(-3), "健康教室「はじめてのウォーキング」", staff.Value.Id, ct);
    }
}
