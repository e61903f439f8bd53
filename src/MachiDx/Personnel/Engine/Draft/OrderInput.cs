namespace MachiDx.Personnel.Engine.Draft;

/// <summary>A department's trailing-12-month overtime, the numbers behind its place in the order.</summary>
public sealed record OrderInput(int Department, string Code, double TotalHours, int Headcount)
{
    public double PerCapita => Headcount == 0 ? 0 : TotalHours / Headcount;
}
