using System.Globalization;

namespace MachiDx.Ledger.Tests;

public sealed class LedgerIdsTests
{
    [Fact]
    public void Time_ordered_ids_strictly_increase_and_carry_their_time()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => LedgerIds.NewTimeOrdered()).ToArray();

        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.InRange(LedgerIds.GetTime(ids[^1]), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal('7', LedgerIds.ToGuid(ids[0]).ToString()[14]); // version nibble of the UUIDv7 layout
    }

    [Fact]
    public void Ids_derived_from_names_are_deterministic_and_distinct()
    {
        var reward = LedgerIds.FromParts("402036", "volunteer-attended", "8812", "rule-3");

        Assert.Equal(reward, LedgerIds.FromName("402036/volunteer-attended/8812/rule-3"));
        Assert.NotEqual(reward, LedgerIds.FromParts("402036", "volunteer-attended", "8812", "rule-4"));
        Assert.NotEqual(UInt128.Zero, reward);
    }

    [Fact]
    public void Guids_round_trip_and_read_as_the_ids_hex()
    {
        var id = LedgerIds.FromName("x");
        var guid = LedgerIds.ToGuid(id);

        Assert.Equal(id, LedgerIds.FromGuid(guid));
        Assert.Equal(id.ToString("X32", CultureInfo.InvariantCulture), guid.ToString("N").ToUpperInvariant());
    }
}
