using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Catalogue;
using MachiDx.Procedures.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.LifeEvents.Guide;

/// <summary>
/// One life-event guide, driven entirely by GET parameters (date, a=answer…): works without
/// JavaScript, can be bookmarked, and every step is re-evaluated on the server. The city's own version of the graph is
/// used where it has one.
/// </summary>
public sealed class GuideRunModel(CityGuides guides, ProceduresDbContext db, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public GuideGraph Graph { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "date")]
    [Display(Name = "日付")]
    public string? Date { get; set; }

    [BindProperty(SupportsGet = true, Name = "a")]
    public string[] Answers { get; set; } = [];

    /// <summary>How many answers the submitted step expected (hidden field), to tell "not chosen" from "first visit".</summary>
    [BindProperty(SupportsGet = true, Name = "n")]
    public int? ExpectedAnswers { get; set; }

    public bool MissingAnswer => ExpectedAnswers is { } n && Answers.Length < n && State.Valid && !State.Finished;

    public DateOnly? EventDate { get; private set; }

    public string EventDateLabel => Graph.EventDateLabel;

    public string EventDateText => EventDate?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? "";

    public GuideState State { get; private set; } = GuideState.Invalid;

    public IReadOnlyList<ChecklistItem> Checklist { get; private set; } = [];

    public string BackHref
    {
        get
        {
            var query = new List<string> { "date=" + Uri.EscapeDataString(Date ?? "") };
            query.AddRange(Answers.Take(Math.Max(0, Answers.Length - 1)).Select(a => "a=" + Uri.EscapeDataString(a)));
            return $"/{CityCode}/guide/{Graph.Code}?{string.Join('&', query)}";
        }
    }

    public async Task<IActionResult> OnGetAsync(string eventCode, CancellationToken ct)
    {
        var graph = await guides.FindAsync(eventCode, ct);
        if (graph is null)
        {
            return NotFound();
        }

        Graph = graph;
        ModelState.Clear();
        if (Answers.Length > 50)
        {
            return Page();
        }

        State = GuideWalk.Follow(graph, Answers);
        if (Date is not null)
        {
            if (DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && date.Year is >= 1900 and <= 2200)
            {
                EventDate = date;
            }
            else
            {
                ModelState.AddModelError(nameof(Date), "日付を正しく入力してください（例: 2026-04-01）。");
            }
        }
        else if (Answers.Length > 0)
        {
            ModelState.AddModelError(nameof(Date), graph.EventDateLabel + "を入力してください。");
        }

        if (!State.Valid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else if (State.Finished && EventDate is { } eventDate)
        {
            var codes = State.ProcedureCodes;
            var procedures = await db.CityProcedures.AsNoTracking().Where(p => codes.Contains(p.Code)).ToListAsync(ct);
            Checklist = procedures
                .Select(p => new ChecklistItem(p, DeadlineCalculator.Compute(p, eventDate), codes.ToList().IndexOf(p.Code)))
                .OrderBy(i => i.Deadline ?? DateOnly.MaxValue)
                .ThenBy(i => i.Order)
                .ToList();
        }

        return Page();
    }
}

public sealed record ChecklistItem(CityProcedure Procedure, DateOnly? Deadline, int Order);
