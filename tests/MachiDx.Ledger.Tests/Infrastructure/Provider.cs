namespace MachiDx.Ledger.Tests.Infrastructure;

public enum Provider
{
    Sqlite,
    Postgres,
}
