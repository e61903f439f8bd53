using System.Net;
using MachiDx.Platform.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>Bad input gets a clear Japanese message on the page (per field) or problem details on the API, and changes nothing.</summary>
public abstract class BadInputScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private Task<int> UserCountAsync() =>
        app.WithScopeAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().Users.CountAsync());

    private Task<int> ProfileCountAsync() =>
        app.WithScopeAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().ResidentProfiles.IgnoreQueryFilters().CountAsync());

    [Fact]
    public async Task A_wrong_password_on_the_login_page_says_so_in_japanese()
    {
        var page = await app.Pages().SubmitAsync("/okawa/login", new Dictionary<string, string>
        {
            ["Input.Email"] = "staff@okawa.example.jp",
            ["Input.Password"] = "not-the-password-1",
        });
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("メールアドレスまたはパスワードが正しくありません。", page.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Contains("入力内容を確認してください", page.Text);
    }

    [Fact]
    public async Task A_wrong_password_on_the_api_is_a_401_problem()
    {
        using var response = await app.Api().PostAsync("/api/v1/okawa/auth/token", new { email = "staff@okawa.example.jp", password = "nope-nope-1" });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.StartsWith("メールアドレスまたはパスワードが正しくありません。", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_email_is_a_field_error_on_the_page_and_a_validation_problem_on_the_api()
    {
        var users = await UserCountAsync();
        var form = Residents.RegistrationForm("not-an-email");
        var page = await app.Pages().SubmitAsync("/okawa/register", form);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("メールアドレスの形式が正しくありません", page.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", page.Html);
        Assert.Contains("href=\"#Input_Email\"", page.Html);

        using var api = await app.Api().PostAsync("/api/v1/okawa/auth/register", Residents.RegistrationBody("not-an-email"));
        var problem = await api.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("メールアドレスの形式が正しくありません", problem.GetProperty("errors").GetProperty("email")[0].GetString(), StringComparison.Ordinal);

        Assert.Equal(users, await UserCountAsync());
    }

    [Fact]
    public async Task A_duplicate_registration_is_refused_and_creates_nothing()
    {
        var email = Residents.UniqueEmail("dup");
        await app.Pages().SubmitAsync("/miyama/register", Residents.RegistrationForm(email));
        var users = await UserCountAsync();
        var profiles = await ProfileCountAsync();

        var page = await app.Pages().SubmitAsync("/miyama/register", Residents.RegistrationForm(email.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("このメールアドレスはすでに登録されています", page.FieldError("Input_Email"), StringComparison.Ordinal);

        using var api = await app.Api().PostAsync("/api/v1/miyama/auth/register", Residents.RegistrationBody(email));
        var problem = await api.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));

        Assert.Equal(users, await UserCountAsync());
        Assert.Equal(profiles, await ProfileCountAsync());
    }

    [Fact]
    public async Task Over_long_fields_are_refused_field_by_field()
    {
        var users = await UserCountAsync();
        var form = Residents.RegistrationForm(Residents.UniqueEmail());
        form["Input.FullName"] = new string('山', 101);
        form["Input.Address"] = new string('あ', 201);
        form["Input.Phone"] = new string('1', 21);
        var page = await app.Pages().SubmitAsync("/okawa/register", form);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("氏名は100文字以内で入力してください。", page.FieldError("Input_FullName"));
        Assert.Equal("住所は200文字以内で入力してください。", page.FieldError("Input_Address"));
        Assert.NotNull(page.FieldError("Input_Phone"));

        var body = new Dictionary<string, object?>
        {
            ["fullName"] = new string('山', 101), ["fullNameKana"] = "やま", ["birthDate"] = "1990-01-01", ["postalCode"] = "8310016",
            ["address"] = "大川市", ["phone"] = "0944-87-2101", ["email"] = Residents.UniqueEmail(), ["password"] = "correct-horse-42",
        };
        using var api = await app.Api().PostAsync("/api/v1/okawa/auth/register", body);
        var problem = await api.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("氏名は100文字以内で入力してください。", problem.GetProperty("errors").GetProperty("fullName")[0].GetString());
        Assert.Equal(users, await UserCountAsync());
    }

    [Fact]
    public async Task Missing_and_mistyped_fields_get_japanese_messages()
    {
        var form = Residents.RegistrationForm(Residents.UniqueEmail());
        form["Input.FullName"] = "";
        form["Input.FullNameKana"] = "Taro";
        form["Input.BirthDate"] = "not-a-date";
        form["Input.PostalCode"] = "12";
        form["ConfirmPassword"] = "something-else-1";
        var page = await app.Pages().SubmitAsync("/okawa/register", form);
        Assert.Equal("氏名を入力してください。", page.FieldError("Input_FullName"));
        Assert.Equal("ふりがなはひらがなまたはカタカナで入力してください。", page.FieldError("Input_FullNameKana"));
        Assert.Equal("生年月日の形式が正しくありません。", page.FieldError("Input_BirthDate"));
        Assert.StartsWith("郵便番号は7桁の数字で入力してください", page.FieldError("Input_PostalCode"), StringComparison.Ordinal);
        Assert.Equal("確認用のパスワードが一致しません。", page.FieldError("ConfirmPassword"));
    }

    [Fact]
    public async Task A_birth_date_in_the_future_is_refused()
    {
        var form = Residents.RegistrationForm(Residents.UniqueEmail());
        form["Input.BirthDate"] = "2999-01-01";
        var page = await app.Pages().SubmitAsync("/okawa/register", form);
        Assert.Equal("生年月日を正しく入力してください。", page.FieldError("Input_BirthDate"));
    }

    [Fact]
    public async Task A_tampered_antiforgery_token_gets_a_japanese_error_page_and_changes_nothing()
    {
        var users = await UserCountAsync();
        var pages = app.Pages();
        await pages.GetAsync("/okawa/register");
        var form = Residents.RegistrationForm(Residents.UniqueEmail());
        form["__RequestVerificationToken"] = "CfDJ8tampered-token-value";
        var result = await pages.PostAsync("/okawa/register", form);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("送信内容を確認できませんでした", result.Text);
        Assert.Equal(users, await UserCountAsync());
    }

    [Fact]
    public async Task An_invalid_json_body_is_a_400_problem()
    {
        using var content = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");
        using var response = await app.Api().Http.PostAsync("/api/v1/okawa/auth/register", content);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_and_even_the_right_password_is_then_refused()
    {
        var email = Residents.UniqueEmail("lock");
        using (var created = await app.Api().PostAsync("/api/v1/okawa/auth/register", Residents.RegistrationBody(email)))
        {
            await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await app.Api().PostAsync("/api/v1/okawa/auth/token", new { email, password = "wrong-password-9" });
            Assert.True(wrong.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests);
        }

        using var right = await app.Api().PostAsync("/api/v1/okawa/auth/token", new { email, password = "correct-horse-42" });
        // Locked: even the right password gets no token, with the same answer an unknown account gets (it reveals
        // neither that the account exists nor that it is locked, and says that a lock may be why).
        var problem = await right.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("しばらくログインできなくなります", problem.GetProperty("title").GetString(), StringComparison.Ordinal);

        var page = await app.Pages().SubmitAsync("/okawa/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "correct-horse-42" });
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("しばらくログインできなくなります", page.FieldError("Input_Email"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_department_with_a_bad_code_is_refused_with_problem_details_and_nothing_is_added()
    {
        var api = await app.Api().SignInAsync("okawa", "admin");
        var before = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<PlatformDbContext>().Departments.CountAsync());
        using var bad = await api.PostAsync("/api/v1/okawa/departments", new { code = "Bad Code!", name = "" });
        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
        using var duplicate = await api.PostAsync("/api/v1/okawa/departments", new { code = "shimin", name = "市民課" });
        await duplicate.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<PlatformDbContext>().Departments.CountAsync()));
    }
}

public sealed class BadInputOnSqlite(SqliteApp app) : BadInputScenarios<SqliteApp>(app);

public sealed class BadInputOnPostgres(PostgresApp app) : BadInputScenarios<PostgresApp>(app);
