using Microsoft.EntityFrameworkCore;

namespace MachiDx.Ledger.Bench;

/// <summary>The naive baseline's tiny EF Core model: a balance column per account and a transfers table.</summary>
internal sealed class NaiveDbContext(DbContextOptions<NaiveDbContext> options) : DbContext(options)
{
    public DbSet<NaiveAccount> Accounts => Set<NaiveAccount>();

    public DbSet<NaiveTransfer> Transfers => Set<NaiveTransfer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Database.IsSqlite())
        {
            // Guids as 16-byte blobs, as Microsoft.Data.Sqlite binds them in the batched-SQL baseline.
            modelBuilder.Entity<NaiveAccount>().Property(x => x.Id).HasConversion<byte[]>();
            modelBuilder.Entity<NaiveTransfer>().Property(x => x.Id).HasConversion<byte[]>();
            modelBuilder.Entity<NaiveTransfer>().Property(x => x.DebitId).HasConversion<byte[]>();
            modelBuilder.Entity<NaiveTransfer>().Property(x => x.CreditId).HasConversion<byte[]>();
        }

        modelBuilder.Entity<NaiveAccount>(a =>
        {
            a.ToTable("naive_accounts");
            a.Property(x => x.Id).HasColumnName("id");
            a.Property(x => x.Balance).HasColumnName("balance");
            a.Property(x => x.NoOverdraft).HasColumnName("no_overdraft");
        });
        modelBuilder.Entity<NaiveTransfer>(t =>
        {
            t.ToTable("naive_transfers");
            t.Property(x => x.Id).HasColumnName("id");
            t.Property(x => x.DebitId).HasColumnName("debit_id");
            t.Property(x => x.CreditId).HasColumnName("credit_id");
            t.Property(x => x.Amount).HasColumnName("amount");
            t.Property(x => x.CreatedAt).HasColumnName("created_at");
        });
    }
}

internal sealed class NaiveAccount
{
    public Guid Id { get; set; }

    public long Balance { get; set; }

    public bool NoOverdraft { get; set; }
}

internal sealed class NaiveTransfer
{
    public Guid Id { get; set; }

    public Guid DebitId { get; set; }

    public Guid CreditId { get; set; }

    public long Amount { get; set; }

    public long CreatedAt { get; set; }
}
