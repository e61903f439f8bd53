namespace MachiDx.Insight.DigiLab.Request;

public enum FreedHoursUse
{
    CounterStaffing,
    Consultations,
    LessOvertime,
    Other,
}
