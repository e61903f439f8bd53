namespace MachiDx.Personnel.Engine.Draft;

/// <summary>A department in a draft: it may pick as many candidates as it nominated (<see cref="Quota"/>).</summary>
public sealed record DraftDepartment(int Index, string Code, int Quota, double OvertimePerCapita);
