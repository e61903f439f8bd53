using MachiDx.Platform.Demo;
using MachiDx.Tests.Infrastructure;

namespace MachiDx.Tests.Security;

/// <summary>
/// What the same request sent <see cref="Copies"/> times at once must do, per form ("POST template?handler=X") and
/// per state-changing API operation: the rows it adds or removes per table ("nothing" when it writes nothing; "form gone"
/// when an earlier form's copies used up the state that showed it). One row where the form carries a key (a refund, a payment, a charge) means exactly
/// one effect. See <see cref="ConcurrencyCorpusScenarios{TApp}"/>.
/// </summary>
internal static partial class ConcurrencyCorpus
{
    public const int Copies = 8;

    /// <summary>The demo staff account of the department that receives 粗大ごみ applications.</summary>
    public const string BulkyWasteStaff = "kankyo01";

    private const string ReadOnly = "a page without a POST form (links and GET filters only)";

    /// <summary>POST page routes that show no form to any caller, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Formless = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["POST /"] = ReadOnly,
        ["POST /admin"] = ReadOnly,
        ["POST /admin/dx-dashboard"] = ReadOnly,
        ["POST /error/{code:int}"] = ReadOnly,
        ["POST /{city}"] = ReadOnly,
        ["POST /{city}/activities/events"] = ReadOnly,
        ["POST /{city}/activities/rewards"] = ReadOnly,
        ["POST /{city}/applications"] = ReadOnly,
        ["POST /{city}/dx"] = ReadOnly,
        ["POST /{city}/guide"] = ReadOnly,
        ["POST /{city}/guide/{eventCode}"] = "the questions are a GET form (the answers are in the query string); nothing is stored",
        ["POST /{city}/procedures"] = "search is a GET form",
        ["POST /{city}/procedures/{code}"] = ReadOnly,
        ["POST /{city}/shop"] = ReadOnly,
        ["POST /{city}/shop/poster"] = ReadOnly,
        ["POST /{city}/staff"] = ReadOnly,
        ["POST /{city}/staff/activities"] = ReadOnly,
        ["POST /{city}/staff/applications"] = "the inbox filters are a GET form",
        ["POST /{city}/staff/dx-dashboard"] = ReadOnly,
        ["POST /{city}/staff/insight/digilab"] = ReadOnly,
        ["POST /{city}/staff/insight/digilab/candidates"] = ReadOnly,
        ["POST /{city}/staff/insight/digilab/savings"] = ReadOnly,
        ["POST /{city}/staff/insight/workload"] = ReadOnly,
        ["POST /{city}/staff/jobs/{id:guid}"] = "a job's progress page",
        ["POST /{city}/staff/personnel/roster"] = "the roster filters are a GET form",
        ["POST /{city}/staff/personnel/seasons/{id:guid}/board"] = ReadOnly,
        ["POST /{city}/staff/procedures/catalogue"] = ReadOnly,
        ["POST /{city}/staff/procedures/guides"] = ReadOnly,
        ["POST /{city}/staff/procedures/kpi"] = "the fiscal-year filter is a GET form",
        ["POST /{city}/staff/procedures/search-misses"] = ReadOnly,
        ["POST /{city}/staff/wallet"] = ReadOnly,
        ["POST /{city}/staff/wallet/compliance/{baseDate}/report.csv"] = "a CSV download",
        ["POST /{city}/wallet"] = ReadOnly,
        ["POST /{city}/wallet/charge/done/{receipt}"] = ReadOnly,
        ["POST /{city}/wallet/legal"] = ReadOnly,
        ["POST /{city}/wallet/legal/merchants"] = ReadOnly,
        ["POST /{city}/wallet/paid/{paymentId}"] = ReadOnly,
        ["POST /{city}/login/external/complete"] = "answers the city's OpenID Connect provider only (OidcSignInScenarios)",
        ["POST /{city}/shop/apply"] = "the demo merchant already has its shop; WalletRaceScenarios sends a new owner's application 8 times at once (one shop, a unique index)",
        ["POST /{city}/activities/organize/{id:guid}/venue"] = "the venue screen has no POST handler and no form (its code is polled with GET ?handler=Code): nothing to send",
        ["POST /{city}/staff/personnel/seasons/{id:guid}/simulator"] = "the simulator only shows the season's rules played out: no POST handler and no form, nothing to send",
    };

    /// <summary>Where a form is found when no link leads to it with the right query (the counter after a resident is found).</summary>
    public static readonly IReadOnlyDictionary<string, string> StartPaths = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/{city}/staff/wallet/counter"] = "/{city}/staff/wallet/counter?Find=" + Uri.EscapeDataString(DemoDataSeeder.EmailFor("resident2", "okawa")),
    };

    /// <summary>
    /// Open defects, none today: a route listed here reads the state and then writes it, so that copies arriving at the
    /// same moment each record the change (the end state right, the history repeated). The corpus then checks only that
    /// the same tables change, as the count varies from run to run. An entry needs a closing note and a fix to come.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KnownRaces = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    public static readonly IReadOnlyDictionary<string, string> Expectations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Money: exactly one effect, whatever the number of copies (form keys, idempotency keys, reservation rows).
        ["POST /{city}/shop/payments/{paymentId}/refund"] = "ledger_transfers+2 wallet_audit_entries+1 wallet_payment_refund_totals+1 wallet_refunds+1",
        ["POST /{city}/shop/card"] = "ledger_transfers+1",
        ["POST /{city}/pay/{shopCode}?handler=Pay"] = "ledger_transfers+1",
        ["POST /{city}/staff/wallet/counter?handler=Charge"] = "ledger_transfers+2 wallet_audit_entries+1 wallet_charges+1 wallet_lots+2",
        ["POST /{city}/wallet/charge?handler=Confirm"] = "ledger_transfers+2 wallet_audit_entries+1 wallet_charges+1 wallet_lots+2",
        ["POST /{city}/staff/wallet/counter?handler=IssueCard"] = "wallet_audit_entries+1 wallet_qr_cards+1",
        ["POST /{city}/staff/wallet/refunds?handler=Switch"] = "wallet_audit_entries+1 wallet_cash_refund_switch+1", // the first click inserts the row and turns it on
        ["POST /api/v1/{city}/wallet/payments"] = "ledger_transfers+2",

        // One per person or per key: a unique index or a row lock keeps the copies to one.
        ["POST /{city}/register"] = "platform_AspNetUserRoles+1 platform_AspNetUsers+1 platform_resident_profiles+1",
        ["POST /api/v1/{city}/auth/register"] = "platform_AspNetUserRoles+1 platform_AspNetUsers+1 platform_resident_profiles+1",
        ["POST /api/v1/{city}/departments"] = "platform_audit_entries+1 platform_departments+1",
        ["POST /{city}/activities/groups/apply"] = "activities_organizer_groups+1",
        ["POST /{city}/staff/personnel/seasons/{id:guid}?handler=Nominate"] = "personnel_audit_entries+1 personnel_nominations+1",
        ["POST /{city}/apply/{code}?handler=Review"] = "procedures_application_drafts+1",

        // One status change: the application's version (a concurrency token) lets one copy through; the others are told.
        ["POST /{city}/applications/{receipt}?handler=Withdraw"] = "procedures_application_events+1",
        ["POST /{city}/staff/applications/{receipt}?handler=Assign"] = "procedures_application_events+1 procedures_audit_entries+1",
        ["POST /{city}/staff/applications/{receipt}?handler=Move"] = "procedures_application_events+1 procedures_audit_entries+1",
        ["POST /api/v1/{city}/applications/{receiptNumber}/withdraw"] = "procedures_application_events+1",
        ["POST /api/v1/{city}/staff/applications/{receiptNumber}/transitions"] = "procedures_application_events+1 procedures_audit_entries+1",
        ["POST /{city}/staff/insight/inventory/task/{id:guid?}?handler=Delete"] = "insight_audit_entries+1 insight_work_tasks-1",
        ["POST /{city}/staff/procedures/kpi/cases?handler=Delete"] = "procedures_audit_entries+1 procedures_case_counts-1",

        // Forms rendered with a submit-once key (SubmitOnceFilter): the first copy claims the key and runs, the others
        // are sent where it led (or told it is being processed), so a double tap makes one record or one change.
        ["POST /{city}/activities/organize"] = "activities_audit_entries+1 activities_volunteer_events+1 platform_form_submissions+1",
        ["POST /{city}/staff/personnel/seasons"] = "personnel_audit_entries+1 personnel_draft_seasons+1 platform_form_submissions+1",
        ["POST /{city}/staff/insight/digilab/new"] = "insight_audit_entries+1 insight_digilab_requests+1 platform_form_submissions+1",
        ["POST /{city}/staff/insight/digilab/{number:int}"] = "insight_audit_entries+1 insight_digilab_requests+1 platform_form_submissions+1",
        ["POST /{city}/staff/applications/{receipt}?handler=Note"] = "platform_form_submissions+1 procedures_application_events+1 procedures_audit_entries+1",
        ["POST /{city}/shop/request"] = "platform_form_submissions+1 wallet_payment_requests+1",
        ["POST /{city}/staff/wallet/payouts"] = "platform_form_submissions+1 wallet_audit_entries+1 wallet_payout_runs+1",
        ["POST /{city}/activities/organize/{id:guid}?handler=CancelEvent"] = "activities_audit_entries+1 platform_form_submissions+1",
        ["POST /{city}/staff/activities/groups"] = "activities_audit_entries+1 platform_form_submissions+1",
        ["POST /{city}/staff/wallet/merchants"] = "platform_form_submissions+1 wallet_audit_entries+1",
        ["POST /{city}/staff/wallet/payouts/{id:guid}?handler=Confirm"] = "platform_form_submissions+1 wallet_audit_entries+1",
        ["POST /{city}/staff/wallet/settings"] = "platform_form_submissions+1 wallet_audit_entries+1",
        ["POST /{city}/staff/insight/inventory/task/{id:guid?}"] = "insight_audit_entries+1 platform_form_submissions+1",
        ["POST /{city}/staff/personnel?handler=Profile"] = "personnel_audit_entries+1 platform_form_submissions+1",

        // The Confirm copies above settled the run, so its Reject form is gone.
        ["POST /{city}/staff/wallet/payouts/{id:guid}?handler=Reject"] = "form gone",

        // Nothing stored: sign-in, previews and steps that only show the next form, and forms the generic values do not
        // fill validly (their copies must still be refused in Japanese, with no server error).
        ["POST /admin/login"] = "nothing",
        ["POST /{city}/login"] = "nothing",
        ["POST /api/v1/{city}/auth/token"] = "nothing",
        ["PUT /api/v1/{city}/me"] = "nothing",
        ["POST /{city}/pay/{shopCode}?handler=Confirm"] = "nothing",

        ["POST /{city}/wallet/charge?handler=Preview"] = "nothing",
        ["POST /{city}/staff/wallet/counter?handler=Preview"] = "nothing",
        ["POST /{city}/staff/wallet/refunds?handler=Find"] = "nothing",

        // Valid requests that store nothing: verifying the audit chains and the expiry sweep run as jobs (job tables are
        // not counted) and find nothing to write (no lot has expired in this state); the profile save writes the same
        // values (no row added; its end state is checked in EndStates, and it keeps no audit row).
        ["POST /{city}/admin/audit"] = "nothing",
        ["POST /{city}/staff/wallet/expiry"] = "nothing",
        ["POST /{city}/mypage"] = "nothing",

        // One per key (a unique index, a conditional update, a version or a row lock lets one copy through; the others are told).
        ["POST /{city}/activities/events/{id:guid}?handler=Register"] = "activities_event_registrations+1",
        ["POST /{city}/activities/events/{id:guid}/check-in"] = "activities_event_registrations+1 activities_reward_grants+1 ledger_transfers+1 wallet_lots+1",
        ["POST /{city}/activities/health"] = "activities_health_records+1 activities_reward_grants+1 ledger_transfers+1 wallet_lots+1",
        ["POST /{city}/activities/health?handler=Import"] = "activities_health_records+2 activities_reward_grants+1 ledger_transfers+1 wallet_lots+1",
        ["POST /{city}/staff/activities/health"] = "activities_audit_entries+1 activities_health_records+1 activities_reward_grants+1 activities_reward_month_use+1 ledger_transfers+1 wallet_lots+1",
        ["POST /{city}/apply/{code}/confirm"] = "procedures_application_drafts-1 procedures_application_events+1 procedures_applications+1",
        // One payment of 400 yen, drawn from four lots (the points the health and check-in forms above rewarded, then the charge).
        ["POST /{city}/pay/r/{token}"] = "ledger_transfers+4",
        ["POST /{city}/staff/wallet/refunds?handler=Refund"] = "ledger_transfers+2 wallet_audit_entries+1 wallet_cash_refunds+1",
        ["POST /{city}/staff/departments"] = "platform_audit_entries+1 platform_departments+1",
        ["POST /{city}/staff/insight/import/{kind}"] = "insight_audit_entries+1 insight_work_tasks+1 platform_form_submissions+1",
        ["POST /{city}/staff/insight/inventory?handler=Copy"] = "insight_audit_entries+1 insight_work_tasks+5",
        ["POST /{city}/staff/personnel/roster/import"] = "personnel_audit_entries+1 personnel_staff_records+1 platform_form_submissions+1",
        ["POST /{city}/staff/procedures/kpi/cases/import"] = "platform_form_submissions+1 procedures_audit_entries+1 procedures_case_counts+1",
        ["POST /{city}/staff/procedures/catalogue/{code}"] = "procedures_audit_entries+1",
        ["POST /{city}/staff/procedures/guides/{code}"] = "procedures_audit_entries+1 procedures_city_guides+1",
        ["POST /{city}/staff/procedures/guides/{code}?handler=Restore"] = "procedures_audit_entries+1",
        ["POST /{city}/staff/procedures/synonyms"] = "procedures_audit_entries+1 procedures_staff_synonym_groups+1",
        ["POST /{city}/staff/procedures/synonyms?handler=Delete"] = "procedures_audit_entries+1 procedures_staff_synonym_groups-1",
        ["POST /{city}/staff/wallet/compliance"] = "wallet_audit_entries+1 wallet_unused_balance_snapshots+1",
        ["POST /{city}/staff/applications/{receipt}?handler=Correction"] = "procedures_application_events+1 procedures_audit_entries+1",

        // One declaration (a row lock on the declarer, and the form's submit-once key).
        ["POST /{city}/staff/personnel?handler=Declare"] = "personnel_audit_entries+1 personnel_fa_declarations+1 platform_form_submissions+1",

        // One withdrawal (a conditional update on the status, and the form's key): FaDeclaration.Withdrawn + the audited read of the page.
        ["POST /{city}/staff/personnel/fa/{id:guid}?handler=Withdraw"] = "personnel_audit_entries+2 platform_form_submissions+1",

        // KEN_ALL replaces the whole directory: the copies end with exactly the file's 2 rows (the demo has 14).
        ["POST /admin/postal"] = "platform_postal_addresses-12",

        // Saves of settings and records (submit-once forms): one save and one audit row, whatever the number of copies.
        ["POST /{city}/staff/activities/policy"] = "activities_audit_entries+1 platform_form_submissions+1",
        ["POST /{city}/staff/personnel/roster/{id:guid}"] = "personnel_audit_entries+1 platform_form_submissions+1",
        ["POST /{city}/staff/personnel/seasons/{id:guid}/rules"] = "personnel_audit_entries+1 platform_form_submissions+1",
        ["POST /{city}/staff/personnel?handler=Ranking"] = "personnel_audit_entries+1 personnel_candidate_preferences+3 platform_form_submissions+1",
        ["POST /{city}/staff/procedures/kpi/cases/{id:guid}"] = "platform_form_submissions+1 procedures_audit_entries+1",

        // Submit-once forms that create a record: one record (a campaign funds its budget once).
        ["POST /{city}/staff/procedures/kpi/cases"] = "platform_form_submissions+1 procedures_audit_entries+1 procedures_case_counts+1",
        ["POST /{city}/staff/wallet/campaigns"] = "ledger_transfers+1 platform_form_submissions+1 wallet_audit_entries+1 wallet_campaigns+1",
    };

    /// <summary>Rules checked after the copies landed (money by yen); a message when broken.</summary>
    public static readonly IReadOnlyDictionary<string, Func<MachiDxApp, Task<string?>>> Invariants = new Dictionary<string, Func<MachiDxApp, Task<string?>>>(StringComparer.Ordinal)
    {
    };
}
