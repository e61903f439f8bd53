using MachiDx.Personnel.Engine.Draft;
using Microsoft.AspNetCore.DataProtection;

namespace MachiDx.Personnel.Seasons;

/// <summary>
/// Keeps a season's lottery seed unreadable at rest until it is revealed. Before reveal the database holds only
/// the seed sealed with ASP.NET Core Data Protection (keys live outside the database, see Platform's
/// KeyStorage), bound to the season's id; after reveal it holds the plain seed, which anyone can check against
/// the published commitment.
/// </summary>
public sealed class LotterySeeds(IDataProtectionProvider provider)
{
    public const string Purpose = "MachiDx.Personnel.LotterySeed.v1";

    private IDataProtector Protector(Guid seasonId) => provider.CreateProtector(Purpose, seasonId.ToString("D"));

    /// <summary>A new season's seed: its public commitment and the sealed seed.</summary>
    public (string Commitment, string Sealed) NewSeed(Guid seasonId)
    {
        var seed = DraftLottery.NewSeed();
        return (DraftLottery.Commitment(seed), Protector(seasonId).Protect(seed));
    }

    /// <summary>The seed for drawing lots (the app only; never shown before reveal).</summary>
    public string Open(DraftSeason season)
    {
        ArgumentNullException.ThrowIfNull(season);
        return season.Seed ?? Protector(season.Id).Unprotect(season.SealedSeed
            ?? throw new InvalidOperationException("The season has no lottery seed."));
    }

    /// <summary>Stores the seed in plain text and drops the sealed copy (on completion).</summary>
    public void Reveal(DraftSeason season)
    {
        ArgumentNullException.ThrowIfNull(season);
        season.Seed = Open(season);
        season.SealedSeed = null;
    }

    /// <summary>Seals a seed written in plain text before seeds were sealed (an unrevealed season from an older version).</summary>
    public bool SealLegacy(DraftSeason season)
    {
        ArgumentNullException.ThrowIfNull(season);
        if (season.SeedRevealed || season.SealedSeed is not null || season.Seed is not { } plain)
        {
            return false;
        }

        season.SealedSeed = Protector(season.Id).Protect(plain);
        season.Seed = null;
        return true;
    }
}
