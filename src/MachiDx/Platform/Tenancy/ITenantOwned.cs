namespace MachiDx.Platform.Tenancy;

/// <summary>
/// A row that belongs to one municipality. Every module context filters these rows by the
/// current municipality and refuses to write them for another one (see <see cref="Data.ModelConventions"/>).
/// </summary>
public interface ITenantOwned
{
    int MunicipalityId { get; set; }
}
