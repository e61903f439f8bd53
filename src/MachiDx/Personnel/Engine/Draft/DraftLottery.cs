using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MachiDx.Personnel.Engine.Draft;

/// <summary>
/// Commit–reveal lottery. Before bids open the season publishes SHA-256(seed); after the draft it
/// reveals the seed. Each contested draw is HMAC-SHA256(seed, "iteration:candidate:bidder1,bidder2,…")
/// with bidders in ordinal order; the first 8 bytes (big-endian) modulo the number of bidders pick the
/// winner. Anyone holding the seed can recompute every draw.
/// </summary>
public static class DraftLottery
{
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Commitment(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));

    public static bool Verify(string seed, string commitment) =>
        string.Equals(Commitment(seed), commitment, StringComparison.OrdinalIgnoreCase);

    public static string DrawInput(int iteration, string candidateKey, IEnumerable<string> bidderCodes) =>
        $"{iteration}:{candidateKey}:{string.Join(',', bidderCodes.Order(StringComparer.Ordinal))}";

    /// <summary>The winning bidder's code.</summary>
    public static string Draw(string seed, int iteration, string candidateKey, IReadOnlyCollection<string> bidderCodes)
    {
        ArgumentNullException.ThrowIfNull(bidderCodes);
        var sorted = bidderCodes.Order(StringComparer.Ordinal).ToArray();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(seed), Encoding.UTF8.GetBytes(DrawInput(iteration, candidateKey, sorted)));
        var value = BinaryPrimitives.ReadUInt64BigEndian(mac);
        return sorted[(int)(value % (ulong)sorted.Length)];
    }
}
