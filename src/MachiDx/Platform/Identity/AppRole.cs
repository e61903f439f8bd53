using Microsoft.AspNetCore.Identity;

namespace MachiDx.Platform.Identity;

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name)
        : base(name)
    {
    }
}
