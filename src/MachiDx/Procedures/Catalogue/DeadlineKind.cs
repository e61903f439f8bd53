namespace MachiDx.Procedures.Catalogue;

/// <summary>How a procedure's deadline relates to the life event that triggers it.</summary>
public static class DeadlineKind
{
    public const string None = "none";
    public const string AfterEvent = "after-event";
    public const string BeforeEvent = "before-event";
    public const string Window = "window";
    public const string Yearly = "yearly";
}
