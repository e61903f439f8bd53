namespace MachiDx.Insight.Inventory;

/// <summary>改善の難易度 (神奈川県政策研究センターの区分): 低 = simple replacement, 中 = change within the department, 高 = cross-department.</summary>
public enum Difficulty
{
    Low,
    Medium,
    High,
}
