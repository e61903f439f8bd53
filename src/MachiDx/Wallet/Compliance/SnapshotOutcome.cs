using MachiDx.Platform.Rules;

namespace MachiDx.Wallet.Compliance;

/// <summary>The result of taking a snapshot: the snapshot (new or the one already taken), or why none was taken.</summary>
public sealed record SnapshotOutcome(UnusedBalanceSnapshot? Snapshot, bool Created, Refusal? Refusal)
{
    public bool Succeeded => Snapshot is not null;

    public string? Error => Refusal?.Message;
}
