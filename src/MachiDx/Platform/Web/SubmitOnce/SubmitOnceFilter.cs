using System.Security.Claims;
using MachiDx.Platform.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Web.SubmitOnce;

/// <summary>
/// Runs a page handler once per rendered form. A POST that carries the key written by <see cref="SubmitOnceTagHelper"/>
/// first claims it (a primary key, so of copies arriving together on any node exactly one wins); the winner runs the
/// handler and stores where it redirected, and every later copy is sent to the same place. A copy arriving while the
/// first still runs is told so (409). A submission that did not succeed (errors shown on the page, an exception) gives
/// the key back, so the corrected form can be sent again.
/// </summary>
public sealed class SubmitOnceFilter(PlatformDbContext db, IUrlHelperFactory urls, TimeProvider time) : IAsyncPageFilter
{
    /// <summary>A claim with no outcome after this long belongs to a request that died; the form may be sent again.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    /// <summary>How long outcomes are kept for late copies (a resend from the browser's history).</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;

        // The error page re-executes the same POST (form included): it shows the outcome, it is not a copy.
        var reExecuted = context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        if (reExecuted || !HttpMethods.IsPost(request.Method) || !request.HasFormContentType
            || !Guid.TryParseExact((await request.ReadFormAsync()).TryGetValue(SubmitOnceTagHelper.FieldName, out var value) ? value.ToString() : "", "N", out var key))
        {
            await next();
            return;
        }

        var user = Guid.TryParse(context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        var ct = context.HttpContext.RequestAborted;
        if (!await ClaimAsync(key, user, ct))
        {
            var first = await db.FormSubmissions.AsNoTracking().SingleOrDefaultAsync(f => f.Key == key, ct);
            context.Result = first is { Location: { } location } && first.UserId == user
                ? new RedirectResult(location)
                : new StatusCodeResult(StatusCodes.Status409Conflict);
            return;
        }

        PageHandlerExecutedContext executed;
        try
        {
            executed = await next();
        }
        catch
        {
            await ReleaseAsync(key, CancellationToken.None);
            throw;
        }

        var outcome = executed.Exception is null || executed.ExceptionHandled ? LocationOf(executed) : null;
        if (outcome is null)
        {
            await ReleaseAsync(key, CancellationToken.None);
            return;
        }

        await db.FormSubmissions.Where(f => f.Key == key).ExecuteUpdateAsync(u => u.SetProperty(f => f.Location, outcome), CancellationToken.None);
    }

    private async Task<bool> ClaimAsync(Guid key, Guid? user, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var submissions = db.FormSubmissions;
        submissions.Add(new FormSubmission { Key = key, UserId = user, ClaimedAtUtc = now });
        try
        {
            await db.SaveChangesAsync(ct);
            await submissions.Where(f => f.ClaimedAtUtc < now - Kept).ExecuteDeleteAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another copy holds the key. Taken over only when its request died without an outcome.
            db.ChangeTracker.Clear();
            var stale = now - Abandoned;
            return await submissions.Where(f => f.Key == key && f.UserId == user && f.Location == null && f.ClaimedAtUtc < stale)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.ClaimedAtUtc, now), ct) == 1;
        }
    }

    private Task ReleaseAsync(Guid key, CancellationToken ct) =>
        db.FormSubmissions.Where(f => f.Key == key && f.Location == null).ExecuteDeleteAsync(ct);

    /// <summary>Where a successful handler sends the user (every handler here redirects after a change).</summary>
    private string? LocationOf(PageHandlerExecutedContext executed) => executed.Result switch
    {
        RedirectResult redirect => redirect.Url,
        LocalRedirectResult local => local.Url,
        RedirectToPageResult page => (page.UrlHelper ?? urls.GetUrlHelper(executed)).Page(page.PageName, page.PageHandler, page.RouteValues, page.Protocol, page.Host, page.Fragment),
        _ => null,
    };
}
