namespace MachiDx.Insight.Inventory;

/// <summary>処理媒体: how the task's input arrives.</summary>
public enum InputMedium
{
    Paper,
    Digital,
    Mixed,
}
