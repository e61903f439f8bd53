namespace MachiDx.Personnel.Engine.Draft;

/// <summary>
/// The fixed facts of one draft: departments and candidates (indices are positions in the lists)
/// and the pick order for round 2 onwards, frozen when nominations closed.
/// </summary>
public sealed record DraftSetup(IReadOnlyList<DraftDepartment> Departments, IReadOnlyList<DraftCandidate> Candidates, IReadOnlyList<int> FrozenOrder)
{
    public void Validate()
    {
        for (var i = 0; i < Departments.Count; i++)
        {
            if (Departments[i].Index != i)
            {
                throw new ArgumentException("Department indices must match their positions.");
            }
        }

        for (var i = 0; i < Candidates.Count; i++)
        {
            if (Candidates[i].Index != i || Candidates[i].HomeDepartment < 0 || Candidates[i].HomeDepartment >= Departments.Count)
            {
                throw new ArgumentException("Candidate indices must match their positions and name a department.");
            }
        }

        if (FrozenOrder.Count != Departments.Count || FrozenOrder.Distinct().Count() != Departments.Count)
        {
            throw new ArgumentException("The frozen order must list every department once.");
        }
    }
}
