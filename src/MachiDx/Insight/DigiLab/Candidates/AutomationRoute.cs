namespace MachiDx.Insight.DigiLab.Candidates;

/// <summary>The suggested way to lighten a task, with the first-year build and maintenance hours we assume for it.</summary>
public enum AutomationRoute
{
    ExcelMacro,
    Rpa,
    AiOcrRpa,
    AiMinutes,
    NoCodeApp,
    StopDoing,
}
