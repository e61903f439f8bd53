using System.Net.Http.Json;
using MachiDx.Platform.People;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Infrastructure;

/// <summary>A resident registered by a test: nobody else's data touches their wallet, applications or points.</summary>
public sealed record NewResident(string City, Guid Id, string Email, string Password, string FullName);

public static class NewResidents
{
    public const string Password = "correct-horse-42";

    /// <summary>Registers a resident through the API, as a new user would, and finds the id the city gave them.</summary>
    public static async Task<NewResident> RegisterResidentAsync(this MachiDxApp app, string city, string fullName)
    {
        ArgumentNullException.ThrowIfNull(app);
        var email = Residents.UniqueEmail(city);
        using (var response = await app.CreateClient().PostAsJsonAsync($"/api/v1/{city}/auth/register", new
        {
            fullName,
            fullNameKana = "てすと たろう",
            birthDate = "1980-05-05",
            postalCode = "8310016",
            address = "テスト町1番地",
            phone = "0944-87-2101",
            email,
            password = Password,
        }))
        {
            Assert.True(response.IsSuccessStatusCode, $"registration in {city} failed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        }

        var id = await app.WithScopeAsync(city, async sp =>
            (await sp.GetRequiredService<PeopleDirectory>().AccountByEmailAsync(email, CancellationToken.None))!.Value.Id);
        return new NewResident(city, id, email, Password, fullName);
    }

    public static async Task<ApiClient> ApiAsync(this MachiDxApp app, NewResident resident)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(resident);
        return await app.Api().SignInAsync(resident.City, resident.Email, resident.Password);
    }

    public static async Task<PageClient> PagesAsync(this MachiDxApp app, NewResident resident)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(resident);
        var pages = app.Pages();
        var result = await pages.SubmitAsync($"/{resident.City}/login", new Dictionary<string, string>
        {
            ["Input.Email"] = resident.Email,
            ["Input.Password"] = resident.Password,
        });
        Assert.True(result.Status == System.Net.HttpStatusCode.Redirect, $"login as {resident.Email} failed: {(int)result.Status}\n{result.Text}");
        return pages;
    }
}
