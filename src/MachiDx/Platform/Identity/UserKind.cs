namespace MachiDx.Platform.Identity;

public enum UserKind
{
    Resident = 1,
    Staff = 2,
    Merchant = 3,
    PlatformAdmin = 4,
}
