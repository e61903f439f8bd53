using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.Seasons;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Personnel;

/// <summary>HR runs a season through the pages: nominations, frozen order, sealed bids with a verifiable lottery, results.</summary>
public abstract partial class DraftSeasonScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "okawa";

    [Fact]
    public async Task A_plain_seed_left_by_an_older_version_is_sealed_at_start_and_still_opens_to_the_same_commitment()
    {
        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        var (path, seasonId) = await hr.CreateSeasonAsync(City, "旧版のシーズン");
        var commitment = HashPattern().Match((await hr.GetAsync(path)).Html).Groups[1].Value;

        // What an older version stored: the seed itself, in plain text.
        var plain = await app.WithScopeAsync(City, async sp =>
        {
            var db = sp.GetRequiredService<PersonnelDbContext>();
            var season = await db.Seasons.SingleAsync(s => s.Id == seasonId);
            season.Seed = sp.GetRequiredService<LotterySeeds>().Open(season);
            season.SealedSeed = null;
            await db.SaveChangesAsync();
            return season.Seed;
        });
        Assert.Equal(commitment, Sha256(plain));

        await app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<LotterySeedSealing>().Single().StartAsync(CancellationToken.None);

        var stored = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().Seasons.AsNoTracking().SingleAsync(s => s.Id == seasonId));
        Assert.Null(stored.Seed);
        Assert.NotNull(stored.SealedSeed);
        Assert.DoesNotContain(plain, stored.SealedSeed, StringComparison.Ordinal);
        Assert.Equal(plain, await app.WithScopeAsync(City, sp => Task.FromResult(sp.GetRequiredService<LotterySeeds>().Open(stored))));
        Assert.Contains(commitment, (await hr.GetAsync(path)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contested_first_pick_is_settled_by_a_lottery_anyone_can_recompute_from_the_revealed_seed()
    {
        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        var created = await hr.SubmitAsync($"/{City}/staff/personnel/seasons", new Dictionary<string, string>
        {
            ["Input.Name"] = "テストシーズン", ["Input.ReferenceDate"] = "2026-04-01", ["Input.NominationDeadline"] = "2026-05-01",
            ["Input.DraftDate"] = "2026-05-10", ["Input.SecondmentStart"] = "2026-06-01", ["Input.SecondmentMonths"] = "3", ["Input.NominationsPerDepartment"] = "1",
        });
        Assert.True(created.Status == HttpStatusCode.Redirect, created.Html);
        var season = created.Location!;
        var page = await hr.GetAsync(season);
        var commitment = HashPattern().Match(page.Html).Groups[1].Value;
        Assert.Equal(64, commitment.Length);
        var seasonId = Guid.Parse(season[(season.LastIndexOf('/') + 1)..]);

        // Before reveal the database holds only the sealed seed: not the seed, and nothing that matches the hash.
        var stored = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().Seasons.AsNoTracking().SingleAsync(s => s.Id == seasonId));
        Assert.Null(stored.Seed);
        Assert.NotNull(stored.SealedSeed);
        Assert.DoesNotMatch("^[0-9a-f]{64}$", stored.SealedSeed);
        Assert.NotEqual(commitment, Sha256(stored.SealedSeed!));
        Assert.DoesNotContain(commitment, stored.SealedSeed, StringComparison.Ordinal);
        Assert.Equal(commitment, Sha256(await app.WithScopeAsync(City, sp => Task.FromResult(sp.GetRequiredService<LotterySeeds>().Open(stored)))));
        using var beforeReveal = await (await app.Api().SignInAsync(City, "hr")).GetAsync($"/api/v1/{City}/personnel/seasons/{seasonId}");
        Assert.Contains("\"seed\":null", await beforeReveal.Content.ReadAsStringAsync());

        var z = await app.LinkedAsync(City, "zeimu");
        var h = await app.LinkedAsync(City, "hoken");
        var k = await app.LinkedAsync(City, "kosodate");
        foreach (var person in new[] { z, h, k })
        {
            var nominated = await hr.SubmitAsync(season, new Dictionary<string, string> { ["staffRecordId"] = person.Id.ToString() }, season + "?handler=Nominate");
            Assert.True(nominated.Status == HttpStatusCode.Redirect, nominated.Html);
        }

        // Staff who are neither HR nor a selector do not see who was nominated until results are published.
        var bystander = app.Pages();
        await bystander.LoginAsync(City, "shimin01");
        Assert.DoesNotContain(k.FullName, (await bystander.GetAsync(season)).Text);
        Assert.DoesNotContain(k.FullName, (await bystander.GetAsync(season + "/board")).Text);

        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(season, new Dictionary<string, string>(), season + "?handler=Close")).Status);
        var frozen = await hr.GetAsync(season);
        Assert.Contains("2巡目以降の指名順（確定済み）", frozen.Text);

        // Own-department bids are refused and change nothing.
        var own = await hr.SubmitAsync(season, new Dictionary<string, string> { ["department"] = "zeimu", ["candidate"] = z.Id.ToString() }, season + "?handler=Bid");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, own.Status);
        Assert.Contains("自部署の候補者は指名できません。", own.Text);

        // zeimu and hoken both bid kosodate's nominee; kosodate bids zeimu's. Sealed until all are in.
        await hr.SubmitAsync(season, new Dictionary<string, string> { ["department"] = "zeimu", ["candidate"] = k.Id.ToString() }, season + "?handler=Bid");
        var sealedPage = await hr.GetAsync(season + "/board");
        Assert.DoesNotContain(k.FullName, sealedPage.Text);
        await hr.SubmitAsync(season, new Dictionary<string, string> { ["department"] = "hoken", ["candidate"] = k.Id.ToString() }, season + "?handler=Bid");
        await hr.SubmitAsync(season, new Dictionary<string, string> { ["department"] = "kosodate", ["candidate"] = z.Id.ToString() }, season + "?handler=Bid");

        var afterLottery = await hr.GetAsync(season);
        if (afterLottery.Text.Contains("外れ1位"))
        {
            // zeimu lost: its only remaining option is hoken's nominee.
            await hr.SubmitAsync(season, new Dictionary<string, string> { ["department"] = "zeimu", ["candidate"] = h.Id.ToString() }, season + "?handler=Bid");
        }

        // Before publication ordinary staff get no results over the API.
        using var early = await (await app.Api().SignInAsync(City, "shimin01")).GetAsync($"/api/v1/{City}/personnel/seasons/{seasonId}/secondments");
        await early.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var completed = await hr.SubmitAsync(season, new Dictionary<string, string>(), season + "?handler=Complete");
        Assert.True(completed.Status == HttpStatusCode.Redirect, completed.Html);
        var results = await hr.GetAsync(season);
        var seed = SeedPattern().Match(results.Html).Groups[1].Value;
        Assert.Equal(commitment, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed))));
        Assert.Contains("一致しています", results.Text);
        var revealed = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().Seasons.AsNoTracking().SingleAsync(s => s.Id == seasonId));
        Assert.Equal(seed, revealed.Seed);
        Assert.Null(revealed.SealedSeed);

        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(seed), Encoding.UTF8.GetBytes($"1:{k.StaffNumber}:hoken,zeimu"));
        var winner = new[] { "hoken", "zeimu" }[(int)(BinaryPrimitives.ReadUInt64BigEndian(mac) % 2)];
        Assert.Contains($"1:{k.StaffNumber}:hoken,zeimu", results.Html);
        Assert.Matches($"<td>{Regex.Escape(k.FullName)}</td><td>[^<]+</td><td>{(winner == "hoken" ? "保険年金課" : "税務課")}</td>", results.Html);

        Assert.DoesNotContain(k.FullName, (await bystander.GetAsync(season)).Text);
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(season, new Dictionary<string, string>(), season + "?handler=Publish")).Status);
        Assert.Contains(k.FullName, (await bystander.GetAsync(season)).Text);
        var staff = app.Pages();
        await staff.LoginAsync(City, "staff");
        var board = await staff.GetAsync(season + "/board");
        Assert.Equal(HttpStatusCode.OK, board.Status);
        Assert.Contains(k.FullName, board.Text);
        using var json = await staff.Http.GetAsync(season + "/board?handler=Json");
        Assert.Contains("\"finished\":true", await json.Content.ReadAsStringAsync());

        // The same over the API: the revealed seed verifies against the published hash; results and board are public now.
        var api = await app.Api().SignInAsync(City, "staff");
        using var seasonJson = await api.GetAsync($"/api/v1/{City}/personnel/seasons/{seasonId}");
        await seasonJson.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = await seasonJson.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(seed, body.GetProperty("seed").GetString());
        Assert.True(body.GetProperty("seedVerified").GetBoolean());
        Assert.Equal(commitment, body.GetProperty("season").GetProperty("commitment").GetString());
        Assert.Equal(3, body.GetProperty("pickOrder").GetArrayLength() >= 3 ? 3 : -1);
        Assert.Contains(body.GetProperty("results").EnumerateArray(), r => r.GetProperty("staffNumber").GetString() == k.StaffNumber);
        using var boardJson = await api.GetAsync($"/api/v1/{City}/personnel/seasons/{seasonId}/board");
        Assert.Contains(k.FullName, await boardJson.Content.ReadAsStringAsync());
        using var secondmentsJson = await api.GetAsync($"/api/v1/{City}/personnel/seasons/{seasonId}/secondments");
        await secondmentsJson.ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Simulator runs on the season's data.
        var simulator = await hr.GetAsync(season + "/simulator");
        Assert.Equal(HttpStatusCode.OK, simulator.Status);
        Assert.Contains("トップ・トレーディング・サイクル", simulator.Text);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(season + "/simulator")).Status);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex("SHA-256、事前公開）</dt><dd><code class=\"hash\">([0-9a-f]{64})</code>")]
    private static partial Regex HashPattern();

    [GeneratedRegex("id=\"season-seed\">([0-9a-f]{64})</code>")]
    private static partial Regex SeedPattern();
}

public sealed class DraftSeasonOnSqlite(SqliteApp app) : DraftSeasonScenarios<SqliteApp>(app);

public sealed class DraftSeasonOnPostgres(PostgresApp app) : DraftSeasonScenarios<PostgresApp>(app);
