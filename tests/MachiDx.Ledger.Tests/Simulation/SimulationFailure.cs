namespace MachiDx.Ledger.Tests.Simulation;

/// <summary>A simulation run disagreed with the reference model; the message holds the seed and the run's log.</summary>
public sealed class SimulationFailure : Exception
{
    public SimulationFailure()
    {
    }

    public SimulationFailure(string message)
        : base(message)
    {
    }

    public SimulationFailure(string message, Exception inner)
        : base(message, inner)
    {
    }
}
