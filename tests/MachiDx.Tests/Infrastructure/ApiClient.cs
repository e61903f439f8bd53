using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Platform.Demo;

namespace MachiDx.Tests.Infrastructure;

/// <summary>An API client that signs in with a bearer token, as a third-party app would.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<ApiClient> SignInAsync(string city, string local) =>
        await SignInAsync(city, DemoDataSeeder.EmailFor(local, city), DemoOptions.Password);

    public async Task<ApiClient> SignInAsync(string city, string email, string password)
    {
        using var response = await http.PostAsJsonAsync($"/api/v1/{city}/auth/token", new { email, password });
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return this;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);

    public Task<HttpResponseMessage> PostAsync(string path, object body) => http.PostAsJsonAsync(path, body);

    public Task<HttpResponseMessage> PutAsync(string path, object body) => http.PutAsJsonAsync(path, body);
}
