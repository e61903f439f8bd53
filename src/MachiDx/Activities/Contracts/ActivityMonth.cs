namespace MachiDx.Activities.Contracts;

/// <summary>
/// Civic-activity participation in one JST month (first day of the month in <see cref="Month"/>).
/// </summary>
/// <param name="OnlineApplicationPoints">Points granted for online applications.</param>
/// <param name="VolunteerPoints">Points granted for volunteering.</param>
/// <param name="HealthPoints">Points granted for health activities.</param>
/// <param name="ResidentsRewarded">Distinct residents granted points in the month.</param>
/// <param name="VolunteerAttendances">Registrations with status Attended, by the event's start month.</param>
public sealed record ActivityMonth(DateOnly Month, long OnlineApplicationPoints, long VolunteerPoints, long HealthPoints, int ResidentsRewarded, int VolunteerAttendances)
{
    public long TotalPoints => OnlineApplicationPoints + VolunteerPoints + HealthPoints;
}
