namespace MachiDx.Personnel.Engine.Simulation;

public enum Mechanism
{
    ProposalDraft = 0,
    StraightRoundRobin = 1,
    SnakeRoundRobin = 2,
    RandomSerialDictatorship = 3,
    DepartmentProposingDeferredAcceptance = 4,
    CandidateProposingDeferredAcceptance = 5,
    TopTradingCycles = 6,
}
