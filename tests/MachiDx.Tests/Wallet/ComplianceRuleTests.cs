using MachiDx.Wallet.Compliance;

namespace MachiDx.Tests.Wallet;

/// <summary>The pure rules of 資金決済法 compliance: deposit, base dates, due dates, periods.</summary>
public sealed class ComplianceRuleTests
{
    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(9_999_999L, 0L)]
    [InlineData(10_000_000L, 0L)]
    [InlineData(10_000_001L, 5_000_001L)]
    [InlineData(10_000_002L, 5_000_001L)]
    [InlineData(25_000_000L, 12_500_000L)]
    public void The_deposit_is_half_rounded_up_only_above_ten_million_yen(long unused, long deposit) =>
        Assert.Equal(deposit, DepositRule.RequiredYen(unused));

    [Theory]
    [InlineData("2026-03-31", "2026-05-31")]
    [InlineData("2026-09-30", "2026-11-30")]
    [InlineData("2028-03-31", "2028-05-31")]
    public void The_report_is_due_at_the_end_of_the_second_month_after_the_base_date(string baseDate, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), BaseDates.ReportDue(DateOnly.Parse(baseDate, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-03-31", true)]
    [InlineData("2026-09-30", true)]
    [InlineData("2026-06-30", false)]
    [InlineData("2026-12-31", false)]
    [InlineData("2026-03-30", false)]
    public void Only_31_March_and_30_September_are_base_dates(string date, bool isBaseDate) =>
        Assert.Equal(isBaseDate, BaseDates.IsBaseDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_as_of_instant_is_24_00_JST_at_the_end_of_the_base_date()
    {
        var asOf = BaseDates.AsOfUtc(new DateOnly(2026, 9, 30));
        Assert.Equal(new DateTime(2026, 9, 30, 15, 0, 0, DateTimeKind.Utc), asOf);
        Assert.Equal(new DateTimeOffset(asOf).ToUnixTimeMilliseconds() * 1_000_000, BaseDates.ToLedgerTimestamp(asOf));
    }

    [Fact]
    public void The_latest_passed_base_date_changes_exactly_at_24_00_JST()
    {
        Assert.Equal(new DateOnly(2026, 3, 31), BaseDates.LatestPassed(new DateTime(2026, 9, 30, 14, 59, 59, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 9, 30), BaseDates.LatestPassed(new DateTime(2026, 9, 30, 15, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2025, 9, 30), BaseDates.LatestPassed(new DateTime(2026, 3, 31, 14, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 3, 31), BaseDates.LatestPassed(new DateTime(2026, 3, 31, 15, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_period_runs_from_the_day_after_one_base_date_to_the_next()
    {
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2027, 3, 31)), BaseDates.PeriodOf(new DateOnly(2026, 11, 26)));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2027, 3, 31)), BaseDates.PeriodOf(new DateOnly(2027, 3, 31)));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 9, 30)), BaseDates.PeriodOf(new DateOnly(2026, 4, 1)));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 9, 30)), BaseDates.PeriodOf(new DateOnly(2026, 9, 30)));
    }

    [Fact]
    public void A_changed_snapshot_no_longer_matches_its_hash()
    {
        var snapshot = UnusedBalanceSnapshot.Create(1, new DateOnly(2026, 9, 30), DateTime.UtcNow, "system", 1, 100, 10, 5, 3,
            MachiDx.Wallet.Settings.IssuerMode.ThirdParty, "大川市");
        Assert.True(snapshot.IsIntact);
        var tampered = UnusedBalanceSnapshot.Create(1, new DateOnly(2026, 9, 30), snapshot.TakenAtUtc, "system", 1, 99, 10, 5, 3,
            MachiDx.Wallet.Settings.IssuerMode.ThirdParty, "大川市");
        Assert.NotEqual(snapshot.ContentHash, tampered.ContentHash);
    }
}
