using MachiDx.Personnel.Engine.Draft;
using MachiDx.Personnel.Roster;

namespace MachiDx.Personnel.Seasons;

/// <summary>A season's draft rebuilt from its recorded inputs, with the lookups pages need.</summary>
public sealed class DraftView
{
    public required DraftSeason Season { get; init; }

    public required IReadOnlyList<SeasonDepartment> Departments { get; init; }

    public required IReadOnlyList<Nomination> Nominations { get; init; }

    public required IReadOnlyDictionary<Guid, StaffRecord> People { get; init; }

    /// <summary>Null until nominations close.</summary>
    public DraftState? State { get; init; }

    /// <summary>Departments that have sealed a bid in the open round-1 iteration.</summary>
    public IReadOnlyList<Secondment> Secondments { get; init; } = [];

    public IReadOnlySet<string> SealedBids { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Round 2+ moves (picks and passes) recorded so far: the turn a pick form was rendered for.</summary>
    public int Moves { get; init; }

    public int DepartmentIndex(string code) => Departments.Select((d, i) => (d, i)).First(x => x.d.DepartmentCode == code).i;

    public int CandidateIndex(Guid staffRecordId) => Nominations.Select((n, i) => (n, i)).FirstOrDefault(x => x.n.StaffRecordId == staffRecordId, (null!, -1)).Item2;

    public string DepartmentName(string code) => Departments.FirstOrDefault(d => d.DepartmentCode == code)?.DepartmentName ?? code;

    public StaffRecord Candidate(int index) => People[Nominations[index].StaffRecordId];

    /// <summary>Whose turn it is (round 2+), as a department code.</summary>
    public string? TurnDepartment => State?.NextTurn() is { } t ? Departments[t.Department].DepartmentCode : null;

    public int? TurnRound => State?.NextTurn()?.Round;

    public static string KindText(DraftEventKind kind) => kind switch
    {
        DraftEventKind.SoleBid => "単独入札で確定",
        DraftEventKind.LotteryWon => "抽選で当選",
        DraftEventKind.LotteryLost => "抽選で外れ（再入札）",
        DraftEventKind.NoBid => "入札なし",
        DraftEventKind.Pick => "指名",
        _ => "選択終了",
    };
}
