using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MachiDx.Platform.Audit;

/// <summary>The canonical form and SHA-256 hash of an audit record.</summary>
internal static class AuditHash
{
    public static string Compute(AuditEntry e)
    {
        var canonical = string.Join('\u001f',
            e.Chain,
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.MunicipalityId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.OccurredAtUtc.Ticks.ToString(CultureInfo.InvariantCulture),
            e.ActorId?.ToString("D") ?? "",
            e.ActorName,
            e.Action,
            e.TargetType,
            e.TargetId,
            e.DetailsJson,
            e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>PostgreSQL keeps microseconds; truncate so the stored time hashes the same as the sealed one.</summary>
    public static DateTime TruncateToMicroseconds(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
}
