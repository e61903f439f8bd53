using System.Buffers.Binary;

namespace MachiDx.Ledger.Storage;

/// <summary>128-bit ids as 16 big-endian bytes (so byte order equals numeric order) and as PostgreSQL uuids.</summary>
internal static class IdBytes
{
    public static byte[] ToBytes(UInt128 id)
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, id);
        return bytes;
    }

    public static void Write(UInt128 id, byte[] into) => BinaryPrimitives.WriteUInt128BigEndian(into, id);

    public static UInt128 FromBytes(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadUInt128BigEndian(bytes);

    public static Guid ToGuid(UInt128 id) => LedgerIds.ToGuid(id);

    public static UInt128 FromGuid(Guid guid) => LedgerIds.FromGuid(guid);
}
