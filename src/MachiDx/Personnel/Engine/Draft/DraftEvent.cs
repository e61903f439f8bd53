namespace MachiDx.Personnel.Engine.Draft;

/// <summary>One line of the draft record. <see cref="Candidate"/> is null for a pass (選択終了) or a round-1 skip.</summary>
public sealed record DraftEvent(int Sequence, int Round, int Iteration, int Department, int? Candidate, DraftEventKind Kind, string? Detail = null);
