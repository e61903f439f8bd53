using MachiDx.Platform.Tenancy;

namespace MachiDx.Platform.Hosting;

/// <summary>Formats the offending rows of a failed check: the first few in full, then how many more.</summary>
public static class IntegrityDetail
{
    public const int MaxListed = 20;

    public static IntegrityResult Of(string check, MunicipalityInfo city, IReadOnlyCollection<string> offences, string whenHolds)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(offences);
        return offences.Count == 0
            ? new IntegrityResult(check, city.Code, true, whenHolds)
            : new IntegrityResult(check, city.Code, false, string.Join("; ", offences.Take(MaxListed))
                + (offences.Count > MaxListed ? $"; … and {offences.Count - MaxListed} more" : ""));
    }
}
