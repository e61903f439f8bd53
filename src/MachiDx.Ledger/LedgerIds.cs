using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MachiDx.Ledger;

/// <summary>Makes and converts 128-bit ids for accounts and transfers.</summary>
public static class LedgerIds
{
    private static readonly Lock Gate = new();
    private static long lastMillis;
    private static ulong lastRandom;

    /// <summary>
    /// A new time-ordered id in the UUIDv7 layout (48-bit Unix milliseconds, version 7, variant, random),
    /// strictly increasing within this process, so new transfers append to the id index.
    /// </summary>
    public static UInt128 NewTimeOrdered() => NewTimeOrdered(TimeProvider.System);

    /// <inheritdoc cref="NewTimeOrdered()"/>
    public static UInt128 NewTimeOrdered(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        long millis = time.GetUtcNow().ToUnixTimeMilliseconds();
        ulong random;
        lock (Gate)
        {
            if (millis <= lastMillis)
            {
                // Same (or a backwards) millisecond: keep the order by counting up from the last id.
                millis = lastMillis;
                random = lastRandom + 1;
            }
            else
            {
                random = (ulong)Random.Shared.NextInt64() >> 2;
            }

            lastMillis = millis;
            lastRandom = random;
        }

        // 48 bits time | 4 bits version | 12 bits high random | 2 bits variant | 62 bits low random.
        ulong high = ((ulong)millis << 16) | (0x7UL << 12) | ((random >> 50) & 0xFFF);
        ulong low = (0b10UL << 62) | (random & 0x3FFF_FFFF_FFFF_FFFF);
        return new UInt128(high, low);
    }

    /// <summary>
    /// A deterministic id from a name, e.g. <c>"131016/volunteer-attended/8812/reward-rule-3"</c>: the first 128 bits of
    /// SHA-256 over the UTF-8 name. Re-delivering the same event posts the same id, which the ledger treats as done.
    /// </summary>
    public static UInt128 FromName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var id = BinaryPrimitives.ReadUInt128BigEndian(hash);
        return id == UInt128.Zero ? UInt128.One : id;
    }

    /// <summary>A deterministic id from parts joined with '/' (see <see cref="FromName(string)"/>).</summary>
    public static UInt128 FromParts(params ReadOnlySpan<string> parts) => FromName(string.Join('/', parts));

    /// <summary>The id as a <see cref="Guid"/> whose canonical text is the id's big-endian hex.</summary>
    public static Guid ToGuid(UInt128 id)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, id);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The inverse of <see cref="ToGuid(UInt128)"/>.</summary>
    public static UInt128 FromGuid(Guid guid)
    {
        Span<byte> bytes = stackalloc byte[16];
        guid.TryWriteBytes(bytes, bigEndian: true, out _);
        return BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    /// <summary>Unix milliseconds of a time-ordered id (see <see cref="NewTimeOrdered()"/>).</summary>
    public static DateTimeOffset GetTime(UInt128 timeOrderedId) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)(ulong)(timeOrderedId >> 80));
}
