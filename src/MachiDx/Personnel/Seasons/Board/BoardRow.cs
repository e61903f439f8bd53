namespace MachiDx.Personnel.Seasons.Board;

public sealed record BoardRow(int Sequence, string Round, string Department, string Candidate, string Result);
