using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests.Infrastructure;

public static class Accessibility
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>Runs axe (WCAG 2.x A/AA rules) on the page as it is now and fails with every violation listed.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(WcagAA);
        var violations = result.Violations ?? [];
        Assert.True(violations.Length == 0,
            $"axe found {violations.Length} violation(s) on {page.Url}:\n" + string.Join("\n", violations.Select(v =>
                $"- {v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => string.Join(" ", n.Target?.ToString() ?? "") + " " + n.Html)))));
    }

    /// <summary>Navigates and checks the page in one step, as every test visit should.</summary>
    public static async Task<IPage> VisitAsync(this IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(path);
        await page.AssertAccessibleAsync();
        return page;
    }
}
