namespace MachiDx.Personnel.FreeAgency;

public enum DeclarationStatus
{
    /// <summary>提出済み (HR only).</summary>
    Submitted = 0,

    /// <summary>回付済み (HR and the target department's selectors).</summary>
    Forwarded = 1,

    /// <summary>受入れ (the current department is told now).</summary>
    Accepted = 2,

    /// <summary>見送り.</summary>
    Declined = 3,

    /// <summary>取下げ.</summary>
    Withdrawn = 4,
}
