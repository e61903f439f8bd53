namespace MachiDx.Insight.DigiLab.Request;

/// <summary>The kanban columns, in order.</summary>
public enum RequestStatus
{
    Received,
    Reviewing,
    Developing,
    Live,
    Declined,
}
