using System.Security.Cryptography;
using System.Text;

namespace MachiDx.Personnel.Engine.Draft;

/// <summary>Round 2+ order: most per-capita overtime first (rounded to 0.1 h), then the configured tie-breaks, then code.</summary>
public static class PickOrder
{
    public static IReadOnlyList<OrderInput> Compute(IEnumerable<OrderInput> departments, IReadOnlyList<TieBreak> tieBreaks, string commitment)
    {
        ArgumentNullException.ThrowIfNull(tieBreaks);
        IOrderedEnumerable<OrderInput> ordered = departments.OrderByDescending(d => Math.Round(d.PerCapita, 1, MidpointRounding.AwayFromZero));
        foreach (var tieBreak in tieBreaks)
        {
            ordered = tieBreak switch
            {
                TieBreak.MoreTotalHours => ordered.ThenByDescending(d => d.TotalHours),
                TieBreak.FewerStaff => ordered.ThenBy(d => d.Headcount),
                _ => ordered.ThenBy(d => TieHash(commitment, d.Code), StringComparer.Ordinal),
            };
        }

        return [.. ordered.ThenBy(d => d.Code, StringComparer.Ordinal)];
    }

    public static string TieHash(string commitment, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(commitment + ":" + code)));
}
