using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using MachiDx.Platform.Data;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MachiDx.Wallet.Bench;

/// <summary>
/// The baseline: the same payment endpoint written the obvious way with EF Core, mapped only in the bench host as
/// <c>POST /bench/naive/{city}/payments</c> (same body, same bearer token, same middleware). One transaction and one
/// commit per payment: read the payer's balance row and the shop's, check, decrement, increment, insert the payment
/// (unique idempotency key), <c>SaveChangesAsync</c>; a concurrency conflict (version column) is retried.
/// </summary>
internal static class NaivePayments
{
    public const string Route = "/bench/naive/{city}/payments";
    private const int MaxAttempts = 20;

    public static IServiceCollection AddNaivePayments(this IServiceCollection services)
    {
        // Plain AddDbContext (not pooled): what the obvious implementation registers.
        services.AddDbContext<NaiveDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.Provider == DatabaseProvider.Postgres)
            {
                options.UseNpgsql(database.ConnectionString);
            }
            else
            {
                // The application's SQLite file; same durability as the ledger (WAL, synchronous=FULL).
                options.UseSqlite(ModuleDatabaseRegistration.SqliteConnectionString(sp)).AddInterceptors(DurableSqlite.Instance);
            }
        });
        services.AddTransient<IStartupFilter, NaiveEndpointFilter>();
        return services;
    }

    /// <summary>Maps the endpoint into the application's own route table, so it runs behind the same middleware as the real one.</summary>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(Route, PayAsync)
            // The policy scheme picks the bearer scheme for /api/ paths only; this path names it explicitly.
            .RequireAuthorization(new AuthorizeAttribute(Policies.Resident) { AuthenticationSchemes = IdentityConstants.BearerScheme });

    private static async Task<Results<Created<PaymentResponse>, Ok<PaymentResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> PayAsync(
        PaymentInput input, NaiveDbContext db, TenantContext tenant, HttpContext http, CancellationToken ct)
    {
        var city = tenant.Required;
        // TenantResolutionMiddleware ran before this endpoint's bearer authentication, so check the city here.
        if (http.User.FindFirstValue(MachiDxClaims.MunicipalityId) != city.Id.ToString(CultureInfo.InvariantCulture))
        {
            return TypedResults.Forbid();
        }

        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), errors, validateAllProperties: true))
        {
            return TypedResults.ValidationProblem(errors.GroupBy(e => e.MemberNames.FirstOrDefault() ?? "")
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "").ToArray()));
        }

        var payerId = Guid.Parse(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var code = input.ShopCode!.Trim().ToUpperInvariant();
        var amount = (long)input.AmountYen!.Value;
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var payer = await db.Balances.SingleOrDefaultAsync(b => b.Id == payerId && b.MunicipalityId == city.Id, ct);
                var shop = await db.Balances.SingleOrDefaultAsync(b => b.MunicipalityId == city.Id && b.ShopCode == code, ct);
                if (shop is null)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["shopCode"] = ["この市の加盟店コードではありません。"] });
                }

                if (payer is null || payer.BalanceYen < amount)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "残高が足りません。");
                }

                payer.BalanceYen -= amount;
                payer.Version++;
                shop.BalanceYen += amount;
                shop.Version++;
                var payment = new NaivePayment
                {
                    Id = Guid.CreateVersion7(),
                    MunicipalityId = city.Id,
                    PayerId = payerId,
                    ShopId = shop.Id,
                    AmountYen = amount,
                    IdempotencyKey = input.IdempotencyKey!,
                    PaidAtUtc = DateTime.UtcNow,
                };
                db.Payments.Add(payment);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return TypedResults.Created($"/bench/naive/{city.Code}/payments/{payment.Id:N}",
                    new PaymentResponse(payment.Id.ToString("N"), code, code, amount, payer.BalanceYen, payment.PaidAtUtc, false));
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else moved the payer's or the shop's balance first: read again and retry.
            }
            catch (DbUpdateException e) when (IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                var existing = await db.Payments.AsNoTracking().SingleAsync(p => p.PayerId == payerId && p.IdempotencyKey == input.IdempotencyKey, ct);
                return TypedResults.Ok(new PaymentResponse(existing.Id.ToString("N"), code, code, existing.AmountYen, 0, existing.PaidAtUtc, true));
            }
            catch (Exception e) when (IsTransient(e))
            {
                // Deadlock / serialization failure (PostgreSQL), or SQLITE_BUSY past the busy timeout.
            }

            await Task.Delay(Random.Shared.Next(1, 5 + (attempt * 5)), ct);
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "混み合っています。");
    }

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private static bool IsTransient(Exception e) => (e is DbUpdateException { InnerException: { } inner } ? inner : e) switch
    {
        SqliteException s => s.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        PostgresException p => p.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure,
        _ => false,
    };

    /// <summary>Creates the naive tables next to the application's and seeds balances equal to the real wallets.</summary>
    public static async Task SeedAsync(IServiceProvider root, int municipalityId, IReadOnlyDictionary<Guid, long> residentBalances, Guid shopId, string shopCode, CancellationToken ct)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NaiveDbContext>();
        await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(ct);
        db.Balances.Add(new NaiveBalance { Id = shopId, MunicipalityId = municipalityId, ShopCode = shopCode, BalanceYen = 0 });
        db.Balances.AddRange(residentBalances.Select(r => new NaiveBalance { Id = r.Key, MunicipalityId = municipalityId, BalanceYen = r.Value }));
        await db.SaveChangesAsync(ct);
    }

    public static async Task<NaiveTotals> TotalsAsync(IServiceProvider root, Guid shopId, CancellationToken ct)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NaiveDbContext>();
        var balances = await db.Balances.AsNoTracking().ToListAsync(ct);
        var payments = await db.Payments.AsNoTracking().Select(p => p.AmountYen).ToListAsync(ct);
        return new NaiveTotals(
            balances.Where(b => b.Id != shopId).Sum(b => b.BalanceYen),
            balances.Single(b => b.Id == shopId).BalanceYen,
            payments.Count,
            payments.Sum(),
            balances.Count(b => b.BalanceYen < 0));
    }

    /// <summary>Adds the endpoint to the application's route table once Program has built its pipeline.</summary>
    private sealed class NaiveEndpointFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // The WebApplication (the global endpoint route builder of Program's pipeline) is kept in the builder's
            // properties; endpoints added to it now are matched by Program's own UseRouting().
            var routes = app.Properties.Values.OfType<WebApplication>().Distinct().SingleOrDefault()
                ?? throw new InvalidOperationException("Program's WebApplication was not found: cannot map the naive endpoint.");
            Map(routes);
        };
    }

    /// <summary>WAL with synchronous=FULL on every connection EF opens, as the ledger commits; writers wait for each other.</summary>
    private sealed class DurableSqlite : DbConnectionInterceptor
    {
        public static readonly DurableSqlite Instance = new();
        private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;";

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }
}

internal sealed record NaiveTotals(long ResidentsYen, long ShopYen, int Payments, long PaymentsYen, int NegativeBalances);

internal sealed class NaiveDbContext(DbContextOptions<NaiveDbContext> options) : DbContext(options)
{
    public DbSet<NaiveBalance> Balances => Set<NaiveBalance>();

    public DbSet<NaivePayment> Payments => Set<NaivePayment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NaiveBalance>(b =>
        {
            b.ToTable("naive_balances");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.MunicipalityId, x.ShopCode }).IsUnique();
            b.Property(x => x.ShopCode).HasMaxLength(12);
            b.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<NaivePayment>(p =>
        {
            p.ToTable("naive_payments");
            p.HasKey(x => x.Id);
            p.HasIndex(x => new { x.PayerId, x.IdempotencyKey }).IsUnique();
            p.Property(x => x.IdempotencyKey).HasMaxLength(64);
        });
    }
}

/// <summary>A resident's or a shop's balance (one row each).</summary>
internal sealed class NaiveBalance
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>Set on a shop's row.</summary>
    public string? ShopCode { get; set; }

    public long BalanceYen { get; set; }

    public long Version { get; set; }
}

internal sealed class NaivePayment
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid PayerId { get; set; }

    public Guid ShopId { get; set; }

    public long AmountYen { get; set; }

    public required string IdempotencyKey { get; set; }

    public DateTime PaidAtUtc { get; set; }
}
