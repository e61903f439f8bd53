using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Payouts.Zengin;
using Microsoft.AspNetCore.Mvc;

namespace MachiDx.Wallet.Shop;

/// <summary>加盟店の申請: shop details and the payout bank account, checked against the 全銀 character set.</summary>
public sealed class ShopApplyModel(MerchantDesk merchants, TenantContext tenant, CurrentActor actor) : ShopPageModel(merchants, tenant, actor)
{
    [BindProperty]
    public MerchantInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadShopAsync(ct) ? Redirect($"/{CityCode}/shop") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadShopAsync(ct))
        {
            return Redirect($"/{CityCode}/shop");
        }

        var holder = "";
        if (Input.AccountHolderKana is { } name && !ZenginKana.TryNormalize(name, out holder, out var error, "口座名義"))
        {
            ModelState.AddModelError("Input.AccountHolderKana", error!);
        }
        else if (holder.Length > 30)
        {
            ModelState.AddModelError("Input.AccountHolderKana", "口座名義は半角30文字以内にしてください。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await Merchants.ApplyAsync(Actor.UserId!.Value, new MerchantApplication(Input.Name!, Input.Address!, Input.Category!, Input.Class,
            Input.BankCode!, Input.BranchCode!, Input.AccountType, Input.AccountNumber!.PadLeft(7, '0'), holder), ct);
        return Redirect($"/{CityCode}/shop");
    }
}

public sealed class MerchantInput
{
    [Display(Name = "店舗名")]
    [Required(ErrorMessage = "店舗名を入力してください。")]
    [StringLength(100, ErrorMessage = "店舗名は100文字以内で入力してください。")]
    [NoDirectionControls]
    public string? Name { get; set; }

    [Display(Name = "所在地")]
    [Required(ErrorMessage = "所在地を入力してください。")]
    [StringLength(200, ErrorMessage = "所在地は200文字以内で入力してください。")]
    public string? Address { get; set; }

    [Display(Name = "業種")]
    [Required(ErrorMessage = "業種を入力してください。")]
    [StringLength(40, ErrorMessage = "業種は40文字以内で入力してください。")]
    public string? Category { get; set; }

    [Display(Name = "店舗の区分")]
    public MerchantClass Class { get; set; }

    [Display(Name = "金融機関コード")]
    [Required(ErrorMessage = "金融機関コードを入力してください。")]
    [RegularExpression("^[0-9]{4}$", ErrorMessage = "金融機関コードは4桁の数字で入力してください。")]
    public string? BankCode { get; set; }

    [Display(Name = "支店コード")]
    [Required(ErrorMessage = "支店コードを入力してください。")]
    [RegularExpression("^[0-9]{3}$", ErrorMessage = "支店コードは3桁の数字で入力してください。")]
    public string? BranchCode { get; set; }

    [Display(Name = "預金種目")]
    public BankAccountType AccountType { get; set; } = BankAccountType.Ordinary;

    [Display(Name = "口座番号")]
    [Required(ErrorMessage = "口座番号を入力してください。")]
    [RegularExpression("^[0-9]{1,7}$", ErrorMessage = "口座番号は7桁以内の数字で入力してください。")]
    public string? AccountNumber { get; set; }

    [Display(Name = "口座名義（カナ）")]
    [Required(ErrorMessage = "口座名義を入力してください。")]
    [StringLength(60, ErrorMessage = "口座名義が長すぎます。")]
    [NoDirectionControls]
    public string? AccountHolderKana { get; set; }
}
