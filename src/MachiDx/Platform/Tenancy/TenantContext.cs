namespace MachiDx.Platform.Tenancy;

/// <summary>
/// The municipality the current request or background unit of work is bound to.
/// Scoped: set once by <see cref="TenantResolutionMiddleware"/> or by a job/dispatcher before it touches data.
/// </summary>
public sealed class TenantContext
{
    public MunicipalityInfo? Current { get; private set; }

    public int? MunicipalityId => Current?.Id;

    public bool IsResolved => Current is not null;

    public MunicipalityInfo Required =>
        Current ?? throw new InvalidOperationException("No municipality is bound to this unit of work.");

    public void Set(MunicipalityInfo municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        if (Current is not null && Current.Id != municipality.Id)
        {
            throw new InvalidOperationException("A unit of work cannot switch municipality.");
        }

        Current = municipality;
    }
}
