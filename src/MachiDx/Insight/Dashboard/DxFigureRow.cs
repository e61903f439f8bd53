namespace MachiDx.Insight.Dashboard;

/// <summary>One figure of the dashboard as the CSV export writes it: section, item, period (yyyy-MM or 年度) and value.</summary>
public sealed record DxFigureRow(string Section, string Item, string Period, string Value);
