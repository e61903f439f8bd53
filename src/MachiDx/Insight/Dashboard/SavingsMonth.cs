using MachiDx.Insight.DigiLab.Request;

namespace MachiDx.Insight.Dashboard;

/// <summary>Hours saved by one DigiLab service in one month, and cumulatively since the first recorded month.</summary>
public sealed record SavingsMonth(DateOnly Month, ServiceType Service, double Hours, double Cumulative);
