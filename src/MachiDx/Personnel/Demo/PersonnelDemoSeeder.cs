using System.Globalization;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Personnel.Roster;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Demo;

/// <summary>
/// A deterministic demo roster per city: every Platform staff account (linked by 職員番号) plus generated
/// people up to <see cref="PeoplePerCity"/>, with hire and birth dates, three years of evaluations and
/// 24 months of overtime (2024-10 … 2026-09). The first account of each department is its 選考担当.
/// Skips a city that already has a roster.
/// </summary>
public sealed class PersonnelDemoSeeder : IDemoDataContributor
{
    public const int PeoplePerCity = 84;
    public static readonly DateOnly FirstOvertimeMonth = new(2024, 10, 1);

    private static readonly string[] Families = ["佐藤:さとう", "鈴木:すずき", "高橋:たかはし", "田中:たなか", "伊藤:いとう", "渡辺:わたなべ", "山本:やまもと", "中村:なかむら", "小林:こばやし", "加藤:かとう", "吉田:よしだ", "山田:やまだ", "松本:まつもと", "井上:いのうえ", "木村:きむら", "古賀:こが", "江口:えぐち", "堤:つつみ"];
    private static readonly string[] Givens = ["翔太:しょうた", "美咲:みさき", "健一:けんいち", "由美:ゆみ", "大輔:だいすけ", "彩:あや", "拓也:たくや", "真由美:まゆみ", "直樹:なおき", "陽菜:ひな", "誠:まこと", "恵:めぐみ", "亮:りょう", "千尋:ちひろ"];
    private static readonly string[] JobTypes = ["一般事務", "一般事務", "一般事務", "土木技術", "保健師", "社会福祉士"];

    public int Order => 200;

    public async Task SeedAsync(MunicipalityInfo city, IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(services);
        {
            var db = services.GetRequiredService<PersonnelDbContext>();
            if (await db.Staff.AnyAsync(ct))
            {
                return;
            }

            var staffDirectory = services.GetRequiredService<StaffDirectory>();
            var departments = await staffDirectory.DepartmentsAsync(ct);
            if (departments.Count == 0)
            {
                return;
            }

            var accounts = await staffDirectory.AllAsync(ct);
            var random = new Random(7_000 + city.Id);
            var selectors = accounts.GroupBy(a => a.DepartmentCode).Select(g => g.OrderBy(a => a.StaffNumber, StringComparer.Ordinal).First().StaffNumber).ToHashSet(StringComparer.Ordinal);
            var level = departments.ToDictionary(d => d.Code, _ => 4 + (random.NextDouble() * 20), StringComparer.Ordinal);
            var people = accounts.Select(a => NewRecord(random, a.StaffNumber, a.FullName, Kana(random), a.DepartmentCode, linked: true, selectors.Contains(a.StaffNumber))).ToList();
            for (var n = 1; people.Count < PeoplePerCity; n++)
            {
                var family = Families[random.Next(Families.Length)].Split(':');
                var given = Givens[random.Next(Givens.Length)].Split(':');
                var department = departments[random.Next(departments.Count)].Code;
                people.Add(NewRecord(random, (5000 + n).ToString(CultureInfo.InvariantCulture), family[0] + " " + given[0], family[1] + " " + given[1], department, linked: false, selector: false));
            }

            foreach (var person in people)
            {
                for (var year = 2023; year <= 2025; year++)
                {
                    var score = Math.Round(2 + (random.Next(7) * 0.5), 1);
                    person.Evaluations.Add(new Evaluation { Id = Guid.CreateVersion7(), FiscalYear = year, Score = score, Band = BandFor(score) });
                }

                for (var m = 0; m < 24; m++)
                {
                    var month = FirstOvertimeMonth.AddMonths(m);
                    var seasonal = month.Month is 2 or 3 or 4 ? 1.6 : 1.0;
                    var hours = Math.Round(level[person.DepartmentCode] * seasonal * (0.5 + random.NextDouble()), 1);
                    person.Overtime.Add(new OvertimeMonth { Id = Guid.CreateVersion7(), Month = month, Hours = hours });
                }
            }

            db.Staff.AddRange(people);
            await db.SaveChangesAsync(ct);
        }
    }

    public static string BandFor(double score) => score switch
    {
        >= 4.5 => "S",
        >= 3.5 => "A",
        >= 2.5 => "B",
        >= 2.0 => "C",
        _ => "D",
    };

    private static string Kana(Random random) =>
        Families[random.Next(Families.Length)].Split(':')[1] + " " + Givens[random.Next(Givens.Length)].Split(':')[1];

    private static StaffRecord NewRecord(Random random, string number, string name, string kana, string department, bool linked, bool selector)
    {
        // Linked accounts are hired in 2022 (3rd–5th year around the demo seasons) so that demo users can try the draft and FA.
        var hireYear = linked ? 2022 : 1992 + random.Next(34);
        var hire = new DateOnly(hireYear, 4, 1).AddDays(random.Next(8) == 0 ? random.Next(1, 200) : 0);
        var birth = new DateOnly(hireYear - 22 - random.Next(10), 1 + random.Next(12), 1 + random.Next(28));
        var roll = random.Next(100);
        return new StaffRecord
        {
            Id = Guid.CreateVersion7(),
            StaffNumber = number,
            FullName = name,
            FullNameKana = kana,
            DepartmentCode = department,
            BirthDate = birth,
            HireDate = hire,
            JobType = JobTypes[random.Next(JobTypes.Length)],
            Employment = linked || roll < 86 ? EmploymentType.Regular : roll < 95 ? EmploymentType.FiscalYearAppointee : EmploymentType.FixedTerm,
            OnLeave = !linked && random.Next(40) == 0,
            IsSelector = selector,
        };
    }
}
