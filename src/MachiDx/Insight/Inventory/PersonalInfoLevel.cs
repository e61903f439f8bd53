namespace MachiDx.Insight.Inventory;

/// <summary>個人情報の区分.</summary>
public enum PersonalInfoLevel
{
    None,
    Personal,

    /// <summary>要配慮個人情報 or マイナンバー (特定個人情報): tools must run inside LGWAN.</summary>
    Sensitive,
}
