using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Payouts.Zengin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Settings;

/// <summary>The city's currency settings: issuer, limits, validity per bucket, spending order, tiers, payouts (audited).</summary>
[Authorize(Policy = WalletPolicies.Treasury)]
public sealed class SettingsPageModel(WalletDbContext db, WalletDirectory directory, AuditTrail audit, TenantContext tenant, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Input = SettingsInput.From(await directory.SettingsAsync(tenant.Required, ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await directory.SettingsAsync(tenant.Required, ct);
        var row = await db.Settings.SingleAsync(ct);
        var errors = Input.Check();
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError("Input." + field, message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(row);
        row.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        audit.Record(db, "wallet.settings.update", "settings", tenant.Required.Code,
            $"{row.CurrencyName} {row.IssuerMode} charge {row.MinChargeYen}-{row.MaxChargeYen} month {row.MonthlyChargeLimitYen} cap {row.BalanceCapYen} validity {row.PurchasedValidityDays}/{row.PremiumValidityDays}/{row.PointsValidityDays} order {row.SpendingOrder} tiers {row.TierRates}");
        await db.SaveChangesAsync(ct);
        directory.InvalidateSettings(tenant.Required.Id);
        return Redirect($"/{CityCode}/staff/wallet/settings?saved=true");
    }
}

public sealed class SettingsInput
{
    [Display(Name = "通貨の名前")]
    [Required(ErrorMessage = "通貨の名前を入力してください。")]
    [StringLength(40, ErrorMessage = "通貨の名前は40文字以内で入力してください。")]
    [NoDirectionControls]
    public string? CurrencyName { get; set; }

    [Display(Name = "発行形態")]
    public IssuerMode IssuerMode { get; set; }

    [Display(Name = "発行者の名称")]
    [Required(ErrorMessage = "発行者の名称を入力してください。")]
    [StringLength(100, ErrorMessage = "発行者の名称は100文字以内で入力してください。")]
    [NoDirectionControls]
    public string? IssuerName { get; set; }

    [Display(Name = "苦情・相談窓口（所在地と電話番号）")]
    [Required(ErrorMessage = "苦情・相談窓口を入力してください。")]
    [StringLength(300, ErrorMessage = "苦情・相談窓口は300文字以内で入力してください。")]
    public string? ConsultationDesk { get; set; }

    [Display(Name = "1回のチャージの下限（円）")]
    [Range(1, 1_000_000, ErrorMessage = "1円から1,000,000円の整数で入力してください。")]
    public long MinChargeYen { get; set; }

    [Display(Name = "1回のチャージの上限（円）")]
    [Range(1, 1_000_000, ErrorMessage = "1円から1,000,000円の整数で入力してください。")]
    public long MaxChargeYen { get; set; }

    [Display(Name = "1か月のチャージの上限（円）")]
    [Range(1, 10_000_000, ErrorMessage = "1円から10,000,000円の整数で入力してください。")]
    public long MonthlyChargeLimitYen { get; set; }

    [Display(Name = "残高の上限（円）")]
    [Range(1, 10_000_000, ErrorMessage = "1円から10,000,000円の整数で入力してください。")]
    public long BalanceCapYen { get; set; }

    [Display(Name = "チャージ残高の有効期間（日）")]
    [Range(1, 3650, ErrorMessage = "1日から3650日の整数で入力してください。")]
    public int PurchasedValidityDays { get; set; }

    [Display(Name = "プレミアムの有効期間（日）")]
    [Range(1, 3650, ErrorMessage = "1日から3650日の整数で入力してください。")]
    public int PremiumValidityDays { get; set; }

    [Display(Name = "ポイントの有効期間（日）")]
    [Range(1, 3650, ErrorMessage = "1日から3650日の整数で入力してください。")]
    public int PointsValidityDays { get; set; }

    [Display(Name = "支払いに使う順番")]
    public string SpendingOrder { get; set; } = "Points,Premium,Purchased";

    [Display(Name = "地域活動によるプレミアムの上乗せ")]
    [Required(ErrorMessage = "上乗せの段階を入力してください。")]
    [StringLength(200, ErrorMessage = "200文字以内で入力してください。")]
    public string? TierRates { get; set; }

    [Display(Name = "ポイントを数える期間（日）")]
    [Range(1, 730, ErrorMessage = "1日から730日の整数で入力してください。")]
    public int TierWindowDays { get; set; }

    [Display(Name = "換金のサイクル")]
    public PayoutCycle PayoutCycle { get; set; }

    [Display(Name = "QRカードがロックされるまでの暗証番号の誤り（回）")]
    [Range(3, 10, ErrorMessage = "3回から10回の整数で入力してください。")]
    public int CardPinMaxAttempts { get; set; }

    [Display(Name = "振込依頼人コード（10桁）")]
    [Required(ErrorMessage = "振込依頼人コードを入力してください。")]
    [RegularExpression("^[0-9]{10}$", ErrorMessage = "振込依頼人コードは10桁の数字で入力してください。")]
    public string? PayoutRequesterCode { get; set; }

    [Display(Name = "振込依頼人名（カナ）")]
    [Required(ErrorMessage = "振込依頼人名を入力してください。")]
    public string? PayoutRequesterNameKana { get; set; }

    [Display(Name = "支払元の金融機関コード")]
    [Required(ErrorMessage = "金融機関コードを入力してください。")]
    [RegularExpression("^[0-9]{4}$", ErrorMessage = "金融機関コードは4桁の数字で入力してください。")]
    public string? PayoutBankCode { get; set; }

    [Display(Name = "支払元の金融機関名（カナ）")]
    [Required(ErrorMessage = "金融機関名を入力してください。")]
    public string? PayoutBankNameKana { get; set; }

    [Display(Name = "支払元の支店コード")]
    [Required(ErrorMessage = "支店コードを入力してください。")]
    [RegularExpression("^[0-9]{3}$", ErrorMessage = "支店コードは3桁の数字で入力してください。")]
    public string? PayoutBranchCode { get; set; }

    [Display(Name = "支払元の支店名（カナ）")]
    [Required(ErrorMessage = "支店名を入力してください。")]
    public string? PayoutBranchNameKana { get; set; }

    [Display(Name = "支払元の口座番号（普通）")]
    [Required(ErrorMessage = "口座番号を入力してください。")]
    [RegularExpression("^[0-9]{1,7}$", ErrorMessage = "口座番号は7桁以内の数字で入力してください。")]
    public string? PayoutAccountNumber { get; set; }

    public static SettingsInput From(WalletSettings s) => new()
    {
        CurrencyName = s.CurrencyName, IssuerMode = s.IssuerMode, IssuerName = s.IssuerName, ConsultationDesk = s.ConsultationDesk,
        MinChargeYen = s.MinChargeYen, MaxChargeYen = s.MaxChargeYen, MonthlyChargeLimitYen = s.MonthlyChargeLimitYen, BalanceCapYen = s.BalanceCapYen,
        PurchasedValidityDays = s.PurchasedValidityDays, PremiumValidityDays = s.PremiumValidityDays, PointsValidityDays = s.PointsValidityDays,
        SpendingOrder = s.SpendingOrder, TierRates = s.TierRates, TierWindowDays = s.TierWindowDays, PayoutCycle = s.PayoutCycle,
        CardPinMaxAttempts = s.CardPinMaxAttempts, PayoutRequesterCode = s.PayoutRequesterCode, PayoutRequesterNameKana = s.PayoutRequesterNameKana,
        PayoutBankCode = s.PayoutBankCode, PayoutBankNameKana = s.PayoutBankNameKana, PayoutBranchCode = s.PayoutBranchCode,
        PayoutBranchNameKana = s.PayoutBranchNameKana, PayoutAccountNumber = s.PayoutAccountNumber,
    };

    /// <summary>Rules across fields, as (field, Japanese message).</summary>
    public IReadOnlyList<(string Field, string Message)> Check()
    {
        var errors = new List<(string, string)>();
        if (MinChargeYen > MaxChargeYen)
        {
            errors.Add((nameof(MaxChargeYen), "1回の上限は下限以上にしてください。"));
        }

        if (MaxChargeYen > MonthlyChargeLimitYen)
        {
            errors.Add((nameof(MonthlyChargeLimitYen), "1か月の上限は1回の上限以上にしてください。"));
        }

        if (MaxChargeYen > BalanceCapYen)
        {
            errors.Add((nameof(BalanceCapYen), "残高の上限は1回のチャージの上限以上にしてください。"));
        }

        var order = SpendingOrder.Split(',', StringSplitOptions.TrimEntries);
        if (order.Length != 3 || order.Distinct(StringComparer.Ordinal).Count() != 3 || !order.All(o => Enum.TryParse<Bucket>(o, out _)))
        {
            errors.Add((nameof(SpendingOrder), "支払いに使う順番を選び直してください。"));
        }

        if (!TiersAreValid(TierRates ?? ""))
        {
            errors.Add((nameof(TierRates), "「ポイント:上乗せ率」をカンマ区切りで、ポイントの少ない順に入力してください（例: 300:2,1000:5）。"));
        }

        // The transfer file has fixed widths (依頼人名 40, 金融機関名・支店名 15 half-width characters): a longer name
        // is refused rather than cut short, so that the bank never receives a name nobody entered.
        foreach (var (field, value, width) in new[]
                 {
                     (nameof(PayoutRequesterNameKana), PayoutRequesterNameKana, 40), (nameof(PayoutBankNameKana), PayoutBankNameKana, 15),
                     (nameof(PayoutBranchNameKana), PayoutBranchNameKana, 15),
                 })
        {
            if (value is not null && !ZenginKana.TryNormalize(value, out _, out var error, "名前"))
            {
                errors.Add((field, error!));
            }
            else if (value is not null && ZenginKana.TryNormalize(value, out var normalized, out _) && normalized.Length > width)
            {
                errors.Add((field, string.Create(CultureInfo.InvariantCulture, $"全銀形式の半角カナで{width}文字以内にしてください（いまは{normalized.Length}文字です）。")));
            }
        }

        return errors;
    }

    public void ApplyTo(WalletSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        s.CurrencyName = CurrencyName!.Trim();
        s.IssuerMode = IssuerMode;
        s.IssuerName = IssuerName!.Trim();
        s.ConsultationDesk = ConsultationDesk!.Trim();
        s.MinChargeYen = MinChargeYen;
        s.MaxChargeYen = MaxChargeYen;
        s.MonthlyChargeLimitYen = MonthlyChargeLimitYen;
        s.BalanceCapYen = BalanceCapYen;
        s.PurchasedValidityDays = PurchasedValidityDays;
        s.PremiumValidityDays = PremiumValidityDays;
        s.PointsValidityDays = PointsValidityDays;
        s.SpendingOrder = string.Join(',', SpendingOrder.Split(',', StringSplitOptions.TrimEntries));
        s.TierRates = TierRates!.Replace(" ", "", StringComparison.Ordinal);
        s.TierWindowDays = TierWindowDays;
        s.PayoutCycle = PayoutCycle;
        s.CardPinMaxAttempts = CardPinMaxAttempts;
        s.PayoutRequesterCode = PayoutRequesterCode!;
        ZenginKana.TryNormalize(PayoutRequesterNameKana, out var requester, out _);
        ZenginKana.TryNormalize(PayoutBankNameKana, out var bank, out _);
        ZenginKana.TryNormalize(PayoutBranchNameKana, out var branch, out _);
        s.PayoutRequesterNameKana = requester.Length > 40 ? requester[..40] : requester;
        s.PayoutBankNameKana = bank.Length > 15 ? bank[..15] : bank;
        s.PayoutBranchNameKana = branch.Length > 15 ? branch[..15] : branch;
        s.PayoutBankCode = PayoutBankCode!;
        s.PayoutBranchCode = PayoutBranchCode!;
        s.PayoutAccountNumber = PayoutAccountNumber!.PadLeft(7, '0');
    }

    private static bool TiersAreValid(string text)
    {
        long last = -1;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':');
            if (pair.Length != 2
                || !long.TryParse(pair[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var points)
                || !int.TryParse(pair[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var percent)
                || points <= last || percent > 100)
            {
                return false;
            }

            last = points;
        }

        return true;
    }
}
