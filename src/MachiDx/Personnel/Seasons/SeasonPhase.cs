namespace MachiDx.Personnel.Seasons;

public enum SeasonPhase
{
    /// <summary>推薦受付中.</summary>
    Nominating = 0,

    /// <summary>指名会議中 (order frozen; round 1 then round 2+).</summary>
    Drafting = 1,

    /// <summary>結果確定 (secondments recorded, seed revealed).</summary>
    Completed = 2,

    /// <summary>結果公表.</summary>
    Published = 3,
}
