namespace MachiDx.Platform.Audit;

/// <summary>The outcome of verifying one chain.</summary>
public sealed record AuditChainReport(string Module, string Chain, long Entries, bool Intact, long? BrokenAtSequence, string? Problem);
