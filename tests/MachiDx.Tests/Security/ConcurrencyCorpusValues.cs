using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using MachiDx.Activities.Data;
using MachiDx.Activities.Events;
using MachiDx.Platform.Data;
using MachiDx.Personnel.Data;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Personnel;
using MachiDx.Tests.Procedures;
using MachiDx.Tests.Wallet;
using MachiDx.Wallet.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Security;

/// <summary>
/// The per-route data that makes each form's copies a VALID request: field values, values read when the form is posted
/// (a venue code that changes every 30 s, ranks per field), the state a form needs (made for the corpus alone), the steps
/// reached by a redirect, and the end state a settings save must leave (its row counts do not change).
/// </summary>
internal static partial class ConcurrencyCorpus
{
    private const string City = "okawa";

    /// <summary>The new phone number the profile save stores (its end state).</summary>
    private const string NewPhone = "0944-55-6677";

    /// <summary>Field values that make a form's submission valid, where the generic ones are not ("name:csv" is an upload's content). Dates count from the app's today in Japan.</summary>
    public static IReadOnlyDictionary<string, Dictionary<string, string>> ValuesOn(TestClock clock)
    {
        string Day(int offset) => clock.Day(offset);
        return new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            ["POST /{city}/register"] = Residents.RegistrationForm("race-register@example.jp"),
            ["POST /{city}/pay/{shopCode}?handler=Confirm"] = new() { ["Input.AmountYen"] = "300" },
            ["POST /{city}/shop/card"] = new() { ["Input.CardNumber"] = "9100000000000001", ["Input.AmountYen"] = "300", ["Input.Pin"] = "1234" },
            ["POST /{city}/login"] = new() { ["Input.Email"] = DemoDataSeeder.EmailFor("resident2", City), ["Input.Password"] = DemoOptions.Password },
            ["POST /admin/login"] = new() { ["Input.Email"] = "platform@machidx.example.jp", ["Input.Password"] = DemoOptions.Password },
            ["POST /{city}/apply/{code}?handler=Review"] = ApplicationTestData.BulkyWaste(City, clock),
            ["POST /{city}/mypage"] = new() { ["Input.Phone"] = NewPhone },
            ["POST /{city}/activities/health"] = new() { ["Input.Date"] = Day(0), ["Input.Steps"] = "8000" },
            ["POST /{city}/activities/health?handler=Import"] = new() { ["StepsFile:csv"] = $"日付,歩数\n{Day(-1)},6000\n{Day(-2)},7000\n" },
            ["POST /{city}/staff/activities/health"] = new()
            {
                ["Input.Email"] = DemoDataSeeder.EmailFor("resident2", City), ["Input.Title"] = "同時送信の健康教室", ["Input.Date"] = Day(0),
            },
            ["POST /{city}/staff/activities/policy"] = new() { ["Input.ProcedurePoints"] = "sodai-gomi:250" },
            ["POST /{city}/staff/departments"] = new() { ["Input.Code"] = "douji-page", ["Input.Name"] = "同時送信ページ課" },
            ["POST /{city}/staff/insight/import/{kind}"] = new()
            {
                ["file:csv"] = "年度,所属,大分類,中分類,業務名,繁忙期の月数,繁忙期の月間件数,通常期の月数,通常期の月間件数,閑散期の月数,閑散期の月間件数,1件あたりの分数,人数,処理媒体,定型・非定型,コア・ノンコア,個人情報,難易度,根拠法令\n"
                    + "2026,市民課,同時送信,取り込み,同時に取り込む業務,2,10,8,10,2,10,10,1,紙,定型,ノンコア,なし,低,\n",
            },
            ["POST /{city}/staff/personnel?handler=Declare"] = new()
            {
                ["Input.TargetDepartment"] = "zeimu", ["Input.Plan"] = "窓口の待ち時間を短くするために、申請の受付手順を見直して電子化を進めたいと考えています。",
            },
            ["POST /{city}/staff/personnel/roster/import"] = new()
            {
                ["staffFile:csv"] = "職員番号,氏名,かな,所属,生年月日,採用日,職種,雇用区分,休職\n9801,同時 送信,どうじ そうしん,shimin,1990-04-01,2020-04-01,一般事務,正規,\n",
            },
            ["POST /{city}/staff/procedures/catalogue/{code}"] = new() { ["Input.FeeYen"] = "300", ["Input.StandardProcessingDays"] = "7" },
            ["POST /{city}/staff/procedures/kpi/cases"] = new() { ["Input.ProcedureCode"] = "juminhyo-copy", ["Input.Date"] = Day(-1), ["Input.Count"] = "3" },
            ["POST /{city}/staff/procedures/kpi/cases/{id:guid}"] = new() { ["Input.Count"] = "7" },
            ["POST /{city}/staff/procedures/synonyms"] = new() { ["Terms"] = "同時送信、どうじそうしん、ダブルタップ" },
            ["POST /{city}/staff/wallet/campaigns"] = new()
            {
                ["Input.Name"] = "同時送信キャンペーン", ["Input.StartsOn"] = Day(400), ["Input.EndsOn"] = Day(430),
                ["Input.BaseRatePercent"] = "10", ["Input.MaxPremiumPerChargeYen"] = "1000", ["Input.BudgetYen"] = "100000",
            },
            // A past 基準日 whose snapshot the scheduled job has not taken (it takes the latest).
            ["POST /{city}/staff/wallet/compliance"] = new() { ["Input.BaseDate"] = "2025-03-31" },
            ["POST /{city}/staff/wallet/refunds?handler=Find"] = new() { ["Input.Email"] = DemoDataSeeder.EmailFor("resident2", City) },
            ["POST /{city}/staff/applications/{receipt}?handler=Correction"] = new() { ["fields"] = "phone", ["comment-phone"] = "電話番号をご確認ください。" },
            ["POST /admin/postal"] = new()
            {
                ["file:csv"] = "13101,\"100  \",\"1000001\",\"ﾄｳｷｮｳﾄ\",\"ﾁﾖﾀﾞｸ\",\"ﾁﾖﾀﾞ\",\"東京都\",\"千代田区\",\"千代田\",0,0,0,0,0,0\n"
                    + "40207,\"831  \",\"8310016\",\"ﾌｸｵｶｹﾝ\",\"ｵｵｶﾜｼ\",\"ｻｹﾐ\",\"福岡県\",\"大川市\",\"酒見\",0,0,0,0,0,0\n",
            },
        };
    }

    /// <summary>Values read when the form is posted: they depend on the moment or on the form's own fields.</summary>
    public static readonly IReadOnlyDictionary<string, Func<LiveForm, Task<Dictionary<string, string>>>> LiveValues =
        new Dictionary<string, Func<LiveForm, Task<Dictionary<string, string>>>>(StringComparer.Ordinal)
        {
            // The six digits the venue screen shows now (the QR opens the page with them).
            ["POST /{city}/activities/events/{id:guid}/check-in"] = async form =>
            {
                var id = Guid.Parse(form.Path.Split('/')[4]);
                var e = await form.App.WithScopeAsync(City, sp => sp.GetRequiredService<ActivitiesDbContext>().Events.AsNoTracking().SingleAsync(x => x.Id == id));
                return new() { ["Code"] = VenueCode.At(e, VenueCode.StepAt(form.App.Clock.UtcNow)) };
            },

            // One rank per department, 1, 2, 3… (the same rank twice is refused).
            ["POST /{city}/staff/personnel?handler=Ranking"] = form => Task.FromResult(form.Form.Fields.Where(f => f.Name.StartsWith("ranks[", StringComparison.Ordinal))
                .Select((f, i) => (f.Name, Rank: (i + 1).ToString(CultureInfo.InvariantCulture))).ToDictionary(f => f.Name, f => f.Rank, StringComparer.Ordinal)),

            // The guide as it is, with a new title: a real edit (an unchanged graph is not saved).
            ["POST /{city}/staff/procedures/guides/{code}"] = form =>
            {
                var graph = JsonNode.Parse(form.Form.Fields.Single(f => f.Name == "GraphJson").Value)!.AsObject();
                graph["title"] = graph["title"]?.GetValue<string>() + "（同時送信）";
                return Task.FromResult(new Dictionary<string, string>(StringComparer.Ordinal) { ["GraphJson"] = graph.ToJsonString() });
            },

            // The count's own channel (the form parser keeps the first radio button; another channel would collide with
            // that channel's whole-month count).
            ["POST /{city}/staff/procedures/kpi/cases/{id:guid}"] = async form =>
            {
                var id = Guid.Parse(form.Path.Split('/')[^1]);
                var channel = await form.App.WithScopeAsync(City, sp => sp.GetRequiredService<ProceduresDbContext>().CaseCounts.AsNoTracking()
                    .Where(c => c.Id == id).Select(c => c.Channel).SingleAsync());
                return new() { ["Input.Channel"] = channel.ToString() };
            },

            // The importer's own sample (last month's counts).
            // A month no demo data and no other form touches, so the import always adds its one row (the sample's month
            // may or may not still hold a count, depending on which row the Delete form above removed).
            ["POST /{city}/staff/procedures/kpi/cases/import"] = _ => Task.FromResult(new Dictionary<string, string> { ["file:csv"] = "手続きコード,年月,受付の方法,件数\r\nkaiso-kyoka,2020-05,郵送,5\r\n" }),
        };

    /// <summary>Pages of states made for the corpus alone, per route template (created before the first form is sent).</summary>
    public static readonly IReadOnlyDictionary<string, Func<MachiDxApp, Task<string>>> StartStates = new Dictionary<string, Func<MachiDxApp, Task<string>>>(StringComparer.Ordinal)
    {
        ["/{city}/apply/{code}"] = _ => Task.FromResult($"/{City}/apply/sodai-gomi"),
        ["/{city}/staff/insight/import/{kind}"] = _ => Task.FromResult($"/{City}/staff/insight/import/inventory"),

        // A year after the last one with tasks: 「前年度から複製」 then copies that year's tasks.
        ["/{city}/staff/insight/inventory"] = async app =>
        {
            var last = await app.WithScopeAsync(City, sp => sp.GetRequiredService<MachiDx.Insight.Data.InsightDbContext>().Tasks.MaxAsync(t => t.FiscalYear));
            return $"/{City}/staff/insight/inventory?fy={last + 1}";
        },

        // A future event the resident has not applied to, with places left.
        ["/{city}/activities/events/{id:guid}"] = async app =>
        {
            var resident = await app.UserIdAsync(City, "resident");
            var now = app.Clock.UtcNow;
            var id = await app.WithScopeAsync(City, sp =>
            {
                var db = sp.GetRequiredService<ActivitiesDbContext>();
                return db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Open && e.StartsAtUtc > now && e.Taken + 1 < e.Capacity
                    && !db.Registrations.Any(r => r.EventId == e.Id && r.ResidentId == resident)).OrderBy(e => e.StartsAtUtc).Select(e => e.Id).FirstAsync();
            });
            return $"/{City}/activities/events/{id}";
        },

        // An event running now (started an hour ago, places left), as an organiser would have opened it: the resident walks in.
        ["/{city}/activities/events/{id:guid}/check-in"] = async app =>
        {
            var organizer = await app.UserIdAsync(City, "staff");
            var id = await app.WithScopeAsync(City, async sp =>
            {
                var db = sp.GetRequiredService<ActivitiesDbContext>();
                var now = app.Clock.UtcNow;
                var e = new VolunteerEvent
                {
                    Id = Guid.CreateVersion7(), MunicipalityId = sp.GetRequiredService<TenantContext>().Required.Id, OrganizerName = "同時送信の会", CreatedByUserId = organizer,
                    Title = "同時受付の清掃活動", Description = "受付の同時送信を確かめる活動です。", Place = "大川市役所前", StartsAtUtc = now.AddHours(-1), EndsAtUtc = now.AddHours(2),
                    Capacity = 20, RewardPoints = 100, Status = EventStatus.Open, CheckInKey = VenueCode.NewKey(), CreatedAtUtc = now.AddDays(-7),
                };
                db.Events.Add(e);
                await db.SaveChangesAsync();
                return e.Id;
            });
            return $"/{City}/activities/events/{id}/check-in";
        },

        // The shop's one-time QR for 400 yen: its token is in the QR image, read here from the database.
        ["/{city}/pay/r/{token}"] = async app =>
        {
            var shop = app.Pages();
            await shop.LoginAsync(City, "merchant");
            var created = await shop.SubmitAsync($"/{City}/shop/request", new Dictionary<string, string> { ["Input.AmountYen"] = "400" });
            Assert.True(created.Status == HttpStatusCode.Redirect, created.Html);
            var token = await app.WithScopeAsync(City, sp => sp.GetRequiredService<WalletDbContext>().PaymentRequests.AsNoTracking()
                .OrderByDescending(r => r.CreatedAtUtc).Select(r => r.Token).FirstAsync());
            return $"/{City}/pay/r/{token}";
        },

        // The season the crawler's states nominated in (a newer season would have no nominations from other departments).
        ["/{city}/staff/personnel/seasons/{id:guid}"] = async app =>
            $"/{City}/staff/personnel/seasons/{await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().Seasons.AsNoTracking().Where(s => s.Name == FormCrawler.SeasonName).Select(s => s.Id).SingleAsync())}",

        // The rules of a season HR made for the corpus (rules change only before the first nomination).
        ["/{city}/staff/personnel/seasons/{id:guid}/rules"] = async app =>
        {
            var hr = app.Pages();
            await hr.LoginAsync(City, "hr");
            var (season, _) = await hr.CreateSeasonAsync(City, "同時送信ルールのシーズン");
            return season + "/rules";
        },
        ["/{city}/staff/personnel/roster/{id:guid}"] = async app => $"/{City}/staff/personnel/roster/{(await app.LinkedAsync(City, "zeimu")).Id}",

        // The oldest count (the list's delete form takes the newest).
        ["/{city}/staff/procedures/kpi/cases/{id:guid}"] = async app =>
        {
            var id = await app.WithScopeAsync(City, sp => sp.GetRequiredService<ProceduresDbContext>().CaseCounts.AsNoTracking()
                .OrderBy(c => c.RecordedAtUtc).ThenBy(c => c.Id).Select(c => c.Id).FirstAsync());
            return $"/{City}/staff/procedures/kpi/cases/{id}";
        },
    };

    /// <summary>Routes whose form is shown by the page an accepted step redirects to (the review step redirects to 「申請する」).</summary>
    public static readonly IReadOnlySet<string> FollowRedirects = new HashSet<string>(StringComparer.Ordinal)
    {
        "/{city}/apply/{code}/confirm",
    };

    /// <summary>What a save that changes no row count must leave behind (the copies' common end state); a message when it does not.</summary>
    public static readonly IReadOnlyDictionary<string, Func<MachiDxApp, Task<string?>>> EndStates = new Dictionary<string, Func<MachiDxApp, Task<string?>>>(StringComparer.Ordinal)
    {
        ["POST /{city}/mypage"] = async app =>
        {
            var resident = await app.UserIdAsync(City, "resident");
            var phone = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PlatformDbContext>().ResidentProfiles.AsNoTracking()
                .Where(p => p.UserId == resident).Select(p => p.Phone).SingleAsync());
            return phone == NewPhone ? null : $"the resident's phone is {phone}, not {NewPhone}";
        },
    };

    /// <summary>A form about to be posted: the caller's session, the page it is on and its fields as shown.</summary>
    public sealed record LiveForm(MachiDxApp App, PageClient Client, string Path, HtmlForm Form);
}
