using MachiDx.Insight.Inventory;

namespace MachiDx.Insight.DigiLab.Candidates;

public sealed record Candidate(
    WorkTask Task, AutomationRoute Route, double Share, double Feasibility, double ExpectedHours, double BuildHours, double MaintenanceHours, double NetHours);
