using System.Net;
using System.Text.RegularExpressions;
using MachiDx.Tests.Infrastructure;

namespace MachiDx.Tests.Procedures;

internal static partial class ApplicationTestData
{
    /// <summary>A valid 粗大ごみ収集 (環境課) form.</summary>
    public static Dictionary<string, string> BulkyWaste(string city, TestClock clock) => new()
    {
        ["fullName"] = "大川 花子", ["fullNameKana"] = "おおかわ はなこ", ["postalCode"] = "831-0016", ["address"] = city + "の住所1番地",
        ["phone"] = "0944-87-2101", ["items[0].item"] = "chair", ["items[0].count"] = "2",
        ["preferredDate"] = clock.Day(10),
        ["placement"] = "door", ["agree"] = "true",
    };

    /// <summary>Submits 粗大ごみ through the pages, as the resident would, and returns the receipt number.</summary>
    public static async Task<string> SubmitBulkyWasteAsync(this MachiDxApp app, string city, string resident)
    {
        var pages = app.Pages();
        await pages.LoginAsync(city, resident);
        var review = await pages.PostMultipartAsync($"/{city}/apply/sodai-gomi", $"/{city}/apply/sodai-gomi?handler=Review", BulkyWaste(city, app.Clock));
        Assert.True(review.Status == HttpStatusCode.Redirect, $"review failed {(int)review.Status}:\n{review.Text}");
        var confirm = await pages.SubmitAsync($"/{city}/apply/sodai-gomi/confirm", new Dictionary<string, string>());
        Assert.True(confirm.Status == HttpStatusCode.Redirect, $"submit failed {(int)confirm.Status}:\n{confirm.Text}");
        return ReceiptPattern().Match(confirm.Location!).Groups[1].Value;
    }

    [GeneratedRegex(@"/applications/([0-9]{4}-[0-9]{6})")]
    private static partial Regex ReceiptPattern();
}
