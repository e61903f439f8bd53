using System.Net;
using MachiDx.Platform.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>The same department added eight times at the same moment through the API: stored once, the rest refused in Japanese.</summary>
public abstract class DepartmentRaceScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const int Requests = 8;

    [Fact]
    public async Task Eight_identical_department_additions_at_once_store_one_and_refuse_the_rest_with_problem_details()
    {
        var admin = await app.Api().SignInAsync("okawa", "admin");
        var code = "race-" + Guid.NewGuid().ToString("N")[..8];
        var responses = await AtOnce.RunAsync(Requests, _ => admin.PostAsync("/api/v1/okawa/departments", new { code, name = "同時追加課" + code }));
        try
        {
            Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, r.StatusCode.ToString()));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            {
                var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
                Assert.Equal("この部署コードはすでに使われています。", problem.GetProperty("errors").GetProperty("code")[0].GetString());
                Assert.Equal("この部署名はすでに使われています。", problem.GetProperty("errors").GetProperty("name")[0].GetString());
            }

            Assert.Equal(1, await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<PlatformDbContext>().Departments.CountAsync(d => d.Code == code)));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }
}

public sealed class DepartmentRaceOnSqlite(SqliteApp app) : DepartmentRaceScenarios<SqliteApp>(app);

public sealed class DepartmentRaceOnPostgres(PostgresApp app) : DepartmentRaceScenarios<PostgresApp>(app);
