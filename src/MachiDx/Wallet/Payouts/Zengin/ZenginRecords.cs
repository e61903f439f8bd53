namespace MachiDx.Wallet.Payouts.Zengin;

/// <summary>預金種目 (deposit type) as coded in 全銀協 records.</summary>
internal enum ZenginAccountType
{
    /// <summary>普通預金.</summary>
    Ordinary = 1,

    /// <summary>当座預金.</summary>
    Current = 2,

    /// <summary>貯蓄預金.</summary>
    Savings = 4,

    /// <summary>その他.</summary>
    Other = 9,
}

/// <summary>What separates the 120-byte records of a 全銀 file; banks accept either.</summary>
internal enum ZenginLineEnding
{
    /// <summary>CR LF after every record (122 bytes a record).</summary>
    CrLf,

    /// <summary>Records back to back, no separators.</summary>
    None,
}

/// <summary>
/// The ヘッダー・レコード of a 総合振込 file: who pays (振込依頼人), when, and from which account.
/// Names may be entered in hiragana or full-width; they are normalised by <see cref="ZenginKana"/>.
/// </summary>
/// <param name="RequesterCode">振込依頼人コード (委託者コード): the 10 digits the bank assigned.</param>
/// <param name="RequesterNameKana">振込依頼人名, at most 40 half-width characters once normalised.</param>
/// <param name="TransferDate">振込指定日; written as MMDD.</param>
/// <param name="BankCode">仕向銀行番号, 4 digits.</param>
/// <param name="BankNameKana">仕向銀行名; truncated to 15 characters.</param>
/// <param name="BranchCode">仕向支店番号, 3 digits.</param>
/// <param name="BranchNameKana">仕向支店名; truncated to 15 characters.</param>
/// <param name="AccountType">依頼人の預金種目.</param>
/// <param name="AccountNumber">依頼人の口座番号, 1–7 digits (zero padded).</param>
internal sealed record ZenginHeader(
    string RequesterCode,
    string RequesterNameKana,
    DateOnly TransferDate,
    string BankCode,
    string BankNameKana,
    string BranchCode,
    string BranchNameKana,
    ZenginAccountType AccountType,
    string AccountNumber);

/// <summary>One データ・レコード: a merchant (受取人) and the amount paid to it.</summary>
/// <param name="BankCode">被仕向銀行番号, 4 digits.</param>
/// <param name="BankNameKana">被仕向銀行名; optional, truncated to 15 characters.</param>
/// <param name="BranchCode">被仕向支店番号, 3 digits.</param>
/// <param name="BranchNameKana">被仕向支店名; optional, truncated to 15 characters.</param>
/// <param name="AccountType">受取人の預金種目.</param>
/// <param name="AccountNumber">受取人の口座番号, 1–7 digits (zero padded).</param>
/// <param name="HolderNameKana">受取人名 (口座名義), at most 30 half-width characters once normalised; never truncated.</param>
/// <param name="Amount">振込金額 in yen, 1 to 9,999,999,999.</param>
/// <param name="CustomerCode1">顧客コード1, up to 10 digits, or null (spaces).</param>
/// <param name="CustomerCode2">顧客コード2, up to 10 digits, or null (spaces).</param>
internal sealed record ZenginPayee(
    string BankCode,
    string? BankNameKana,
    string BranchCode,
    string? BranchNameKana,
    ZenginAccountType AccountType,
    string AccountNumber,
    string HolderNameKana,
    long Amount,
    string? CustomerCode1 = null,
    string? CustomerCode2 = null);

/// <summary>One reason a transfer file cannot be written.</summary>
/// <param name="PayeeIndex">Zero-based index into the payee list, or null for the header and file-wide limits.</param>
/// <param name="Field">The property at fault (e.g. <c>HolderNameKana</c>), for a UI to highlight.</param>
/// <param name="Message">A complete Japanese sentence for the operator, naming the payee (n件目) and field.</param>
internal sealed record ZenginProblem(int? PayeeIndex, string Field, string Message);

/// <summary>Thrown by <see cref="ZenginTransferFile.Write"/> when the input breaks the 全銀 layout; lists every problem.</summary>
internal sealed class ZenginFormatException(IReadOnlyList<ZenginProblem> problems)
    : Exception(string.Join("\n", problems.Select(p => p.Message)))
{
    /// <summary>Every problem found, in header-then-payee order.</summary>
    public IReadOnlyList<ZenginProblem> Problems { get; } = problems;
}
