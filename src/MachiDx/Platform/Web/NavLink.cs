namespace MachiDx.Platform.Web;

public sealed record NavLink(string Text, string Href);
