using MachiDx.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Tests.Platform;

/// <summary>Fails when a model change has no migration, for every module context on every provider.</summary>
public sealed class MigrationGuardTests
{
    public static TheoryData<string> Contexts => [.. DesignTimeContexts.All.Keys];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_model_has_no_changes_without_a_migration(string context)
    {
        using var db = DesignTimeContexts.All[context]();
        Assert.False(db.Database.HasPendingModelChanges(),
            $"{context} has model changes without a migration. Run scripts/add-migration.sh <Module> <Name> (it adds both providers).");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}

internal static class DesignTimeContexts
{
    public static readonly IReadOnlyDictionary<string, Func<DbContext>> All = new Dictionary<string, Func<DbContext>>
    {
        ["Platform/Sqlite"] = () => new SqlitePlatformDesignFactory().CreateDbContext([]),
        ["Platform/Postgres"] = () => new PostgresPlatformDesignFactory().CreateDbContext([]),
        ["Procedures/Sqlite"] = () => new MachiDx.Procedures.Data.SqliteProceduresDesignFactory().CreateDbContext([]),
        ["Procedures/Postgres"] = () => new MachiDx.Procedures.Data.PostgresProceduresDesignFactory().CreateDbContext([]),
        ["Personnel/Sqlite"] = () => new MachiDx.Personnel.Data.SqlitePersonnelDesignFactory().CreateDbContext([]),
        ["Personnel/Postgres"] = () => new MachiDx.Personnel.Data.PostgresPersonnelDesignFactory().CreateDbContext([]),
        ["Wallet/Sqlite"] = () => new MachiDx.Wallet.Data.SqliteWalletDesignFactory().CreateDbContext([]),
        ["Wallet/Postgres"] = () => new MachiDx.Wallet.Data.PostgresWalletDesignFactory().CreateDbContext([]),
        ["Activities/Sqlite"] = () => new MachiDx.Activities.Data.SqliteActivitiesDesignFactory().CreateDbContext([]),
        ["Activities/Postgres"] = () => new MachiDx.Activities.Data.PostgresActivitiesDesignFactory().CreateDbContext([]),
        ["Insight/Sqlite"] = () => new MachiDx.Insight.Data.SqliteInsightDesignFactory().CreateDbContext([]),
        ["Insight/Postgres"] = () => new MachiDx.Insight.Data.PostgresInsightDesignFactory().CreateDbContext([]),
    };
}
