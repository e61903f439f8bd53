using MachiDx.Activities.Contracts;
using MachiDx.Activities.Data;
using MachiDx.Platform;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Events;

public enum RegistrationOutcome
{
    Registered,
    AlreadyRegistered,
    AlreadyAttended,
    Full,
    Closed,
    NotFound,
}

public enum CancelOutcome
{
    Cancelled,
    NotRegistered,
    TooLate,
}

public enum CheckInOutcome
{
    CheckedIn,
    AlreadyCheckedIn,
    WrongCode,
    ExpiredCode,
    NotOpen,
    Full,
    NotFound,
}

/// <summary>What a new event needs (times in JST).</summary>
public sealed record NewEvent(string Title, string Description, string Place, DateOnly Date, TimeOnly Starts, TimeOnly Ends, int Capacity, long RewardPoints);

/// <summary>
/// Volunteer events: creation, registration and cancellation within capacity, and attendance by the venue code or by
/// the organiser. A place is taken by a conditional update (taken &lt; capacity), so capacity holds under concurrent
/// registrations on every node; attendance is a conditional status change, so it is recorded — and
/// <see cref="VolunteerAttended"/> published, in the same transaction — once per resident and event.
/// </summary>
public sealed class EventDesk(ActivitiesDbContext db, Outbox outbox, AuditTrail audit, TenantContext tenant, TimeProvider time)
{
    public async Task<VolunteerEvent> CreateAsync(NewEvent input, Guid? groupId, string organizerName, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var e = new VolunteerEvent
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            GroupId = groupId,
            OrganizerName = organizerName,
            CreatedByUserId = userId,
            Title = input.Title.Trim(),
            Description = input.Description.Trim(),
            Place = input.Place.Trim(),
            StartsAtUtc = JapanTime.StartOfDayUtc(input.Date).Add(input.Starts.ToTimeSpan()),
            EndsAtUtc = JapanTime.StartOfDayUtc(input.Date).Add(input.Ends.ToTimeSpan()),
            Capacity = input.Capacity,
            RewardPoints = input.RewardPoints,
            Status = EventStatus.Open,
            CheckInKey = VenueCode.NewKey(),
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Events.Add(e);
        audit.Record(db, "activities.event.create", "volunteer-event", e.Id.ToString(),
            $"{e.Title} {JapanTime.Format(e.StartsAtUtc)} 定員{e.Capacity} {e.RewardPoints}pt ({organizerName})");
        await db.SaveChangesAsync(ct);
        return e;
    }

    public async Task CancelEventAsync(VolunteerEvent e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        e.Status = EventStatus.Cancelled;
        audit.Record(db, "activities.event.cancel", "volunteer-event", e.Id.ToString(), e.Title);
        await db.SaveChangesAsync(ct);
    }

    public async Task<RegistrationOutcome> RegisterAsync(Guid eventId, Guid residentId, string residentName, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return RegistrationOutcome.NotFound;
        }

        if (e.Status != EventStatus.Open || now >= e.EndsAtUtc)
        {
            return RegistrationOutcome.Closed;
        }

        var mine = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.EventId == eventId && r.ResidentId == residentId, ct);
        switch (mine?.Status)
        {
            case RegistrationStatus.Registered:
                return RegistrationOutcome.AlreadyRegistered;
            case RegistrationStatus.Attended:
                return RegistrationOutcome.AlreadyAttended;
        }

        return await InTransactionAsync(async token =>
        {
            if (!await TakePlaceAsync(eventId, token))
            {
                return (RegistrationOutcome.Full, false);
            }

            return await UpsertAsync(eventId, residentId, residentName, RegistrationStatus.Registered, null, now, token)
                ? (RegistrationOutcome.Registered, true)
                : (RegistrationOutcome.AlreadyRegistered, false);
        }, RegistrationOutcome.AlreadyRegistered, ct);
    }

    public async Task<CancelOutcome> CancelRegistrationAsync(Guid eventId, Guid residentId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return CancelOutcome.NotRegistered;
        }

        if (now >= e.StartsAtUtc)
        {
            return CancelOutcome.TooLate;
        }

        return await InTransactionAsync(async token =>
        {
            var changed = await db.Registrations
                .Where(r => r.EventId == eventId && r.ResidentId == residentId && r.Status == RegistrationStatus.Registered)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Cancelled).SetProperty(r => r.CancelledAtUtc, now), token);
            if (changed == 0)
            {
                return (CancelOutcome.NotRegistered, false);
            }

            await db.Events.Where(x => x.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - 1), token);
            return (CancelOutcome.Cancelled, true);
        }, CancelOutcome.NotRegistered, ct);
    }

    /// <summary>A resident checks in with the code shown at the venue (registering on the spot if places remain).</summary>
    public async Task<CheckInOutcome> CheckInAsync(Guid eventId, Guid residentId, string residentName, string? code, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return CheckInOutcome.NotFound;
        }

        switch (VenueCode.Check(e, code, now))
        {
            case VenueCodeCheck.NotOpen:
                return CheckInOutcome.NotOpen;
            case VenueCodeCheck.Expired:
                return CheckInOutcome.ExpiredCode;
            case VenueCodeCheck.Wrong:
                return CheckInOutcome.WrongCode;
        }

        return await AttendAsync(e, residentId, residentName, AttendanceMethod.VenueCode, now, ct);
    }

    /// <summary>The organiser records a registered resident's attendance (from the start until 7 days after the end).</summary>
    public async Task<CheckInOutcome> MarkAttendedAsync(VolunteerEvent e, Guid registrationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var now = time.GetUtcNow().UtcDateTime;
        if (e.Status != EventStatus.Open || now < e.StartsAtUtc - VenueCode.OpensBeforeStart || now > e.EndsAtUtc.AddDays(7))
        {
            return CheckInOutcome.NotOpen;
        }

        var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == e.Id, ct);
        if (registration is null)
        {
            return CheckInOutcome.NotFound;
        }

        var outcome = await AttendAsync(e, registration.ResidentId, registration.ResidentName, AttendanceMethod.Organizer, now, ct);
        if (outcome == CheckInOutcome.CheckedIn)
        {
            audit.Record(db, "activities.event.attendance", "volunteer-event", e.Id.ToString(), $"{registration.ResidentName} 出席を記録");
            await db.SaveChangesAsync(ct);
        }

        return outcome;
    }

    private async Task<CheckInOutcome> AttendAsync(VolunteerEvent e, Guid residentId, string residentName, AttendanceMethod method, DateTime now, CancellationToken ct) =>
        await InTransactionAsync(async token =>
        {
            var attended = await db.Registrations
                .Where(r => r.EventId == e.Id && r.ResidentId == residentId && r.Status == RegistrationStatus.Registered)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Attended)
                    .SetProperty(r => r.AttendedAtUtc, now).SetProperty(r => r.AttendedBy, method), token);
            if (attended == 0)
            {
                var mine = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.EventId == e.Id && r.ResidentId == residentId, token);
                if (mine?.Status == RegistrationStatus.Attended)
                {
                    return (CheckInOutcome.AlreadyCheckedIn, false);
                }

                // Not registered (or cancelled): a walk-in takes a place if one is left.
                if (!await TakePlaceAsync(e.Id, token))
                {
                    return (CheckInOutcome.Full, false);
                }

                if (!await UpsertAsync(e.Id, residentId, residentName, RegistrationStatus.Attended, method, now, token))
                {
                    return (CheckInOutcome.AlreadyCheckedIn, false);
                }
            }

            outbox.Publish(db, new VolunteerAttended(tenant.Required.Id, e.Id, e.Title, DateOnly.FromDateTime(JapanTime.ToJst(e.StartsAtUtc)),
                residentId, e.RewardPoints, now));
            await db.SaveChangesAsync(token);
            return (CheckInOutcome.CheckedIn, true);
        }, CheckInOutcome.AlreadyCheckedIn, ct);

    private async Task<bool> TakePlaceAsync(Guid eventId, CancellationToken ct) =>
        await db.Events.Where(x => x.Id == eventId && x.Status == EventStatus.Open && x.Taken < x.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + 1), ct) == 1;

    // Moves a cancelled registration (or none) to the new status; false when another request did it first.
    private async Task<bool> UpsertAsync(Guid eventId, Guid residentId, string residentName, RegistrationStatus status, AttendanceMethod? method, DateTime now, CancellationToken ct)
    {
        var reopened = await db.Registrations
            .Where(r => r.EventId == eventId && r.ResidentId == residentId && r.Status == RegistrationStatus.Cancelled)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.RegisteredAtUtc, now)
                .SetProperty(r => r.CancelledAtUtc, (DateTime?)null)
                .SetProperty(r => r.AttendedAtUtc, status == RegistrationStatus.Attended ? now : null)
                .SetProperty(r => r.AttendedBy, method), ct);
        if (reopened == 1)
        {
            return true;
        }

        if (await db.Registrations.AnyAsync(r => r.EventId == eventId && r.ResidentId == residentId, ct))
        {
            return false;
        }

        db.Registrations.Add(new EventRegistration
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            EventId = eventId,
            ResidentId = residentId,
            ResidentName = residentName,
            Status = status,
            RegisteredAtUtc = now,
            AttendedAtUtc = status == RegistrationStatus.Attended ? now : null,
            AttendedBy = method,
        });
        await db.SaveChangesAsync(ct);
        return true;
    }

    // One transaction per operation, committed only when the work succeeds (a refused step leaves nothing behind).
    // A unique-key clash — the same resident's two requests at once — rolls back and answers what the other did.
    private async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<(T Result, bool Commit)>> work, T onConflict, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async token =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(token);
                var (result, commit) = await work(token);
                if (commit)
                {
                    await tx.CommitAsync(token);
                }
                else
                {
                    db.ChangeTracker.Clear();
                }

                return result;
            }, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return onConflict;
        }
    }
}
