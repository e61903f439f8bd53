using System.Globalization;
using System.Text;

namespace MachiDx.Wallet.Payouts.Zengin;

/// <summary>
/// Writes the 全銀協 総合振込 (general transfer, 種別コード 21) file a bank imports to pay merchants who
/// redeemed the digital local currency: fixed 120-byte Shift_JIS records, half-width characters only.
/// </summary>
/// <remarks>
/// <para>Layout followed: 全銀協制定レコード・フォーマット「総合振込」 as reproduced in bank manuals
/// (「全銀協制定ファイルフォーマット【総合振込】」, expydoc.com/doc/11700435 — N fields right-aligned zero-filled,
/// C fields left-aligned space-filled, 120 bytes, 122 with CR LF), cross-checked against Oracle E-Business Suite's
/// Japanese EFT layout (docs.oracle.com/cd/E18727_01/doc.121/e13419/T457804T457813.htm), the position table in
/// qiita.com/toruca/items/75e4b981933660842af8 and MUFG Web21's 総合振込（全銀形式） layout (振込指定区分 7 電信扱).
/// Columns are 1-based:</para>
/// <list type="table">
/// <item><term>1 ヘッダー</term><description>1 データ区分「1」, 2–3 種別コード「21」, 4 コード区分「0」, 5–14 振込依頼人コード,
/// 15–54 振込依頼人名, 55–58 振込指定日 MMDD, 59–62 仕向銀行番号, 63–77 仕向銀行名, 78–80 仕向支店番号, 81–95 仕向支店名,
/// 96 預金種目, 97–103 口座番号, 104–120 ダミー.</description></item>
/// <item><term>2 データ</term><description>1「2」, 2–5 被仕向銀行番号, 6–20 被仕向銀行名, 21–23 被仕向支店番号, 24–38 被仕向支店名,
/// 39–42 手形交換所番号 (spaces), 43 預金種目, 44–50 口座番号, 51–80 受取人名, 81–90 振込金額, 91 新規コード「0」,
/// 92–101 顧客コード1, 102–111 顧客コード2, 112 振込指定区分「7」(電信), 113 識別表示 (space), 114–120 ダミー.</description></item>
/// <item><term>8 トレーラ</term><description>1「8」, 2–7 合計件数, 8–19 合計金額, 20–120 ダミー.</description></item>
/// <item><term>9 エンド</term><description>1「9」, 2–120 ダミー.</description></item>
/// </list>
/// <para>Records are separated by CR LF or written back to back (<see cref="ZenginLineEnding"/>); banks reject CR or LF alone.</para>
/// </remarks>
internal static class ZenginTransferFile
{
    /// <summary>Bytes in every record, separators excluded.</summary>
    public const int RecordLength = 120;

    /// <summary>Largest 振込金額 (10 digits).</summary>
    public const long MaxAmount = 9_999_999_999;

    /// <summary>Largest 合計金額 (12 digits).</summary>
    public const long MaxTotal = 999_999_999_999;

    /// <summary>Most data records a file can count (合計件数 is 6 digits).</summary>
    public const int MaxPayees = 999_999;

    private static readonly Encoding ShiftJis =
        CodePagesEncodingProvider.Instance.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("Shift_JIS (code page 932) is not available.");

    /// <summary>Writes the file, or throws <see cref="ZenginFormatException"/> listing every problem.</summary>
    public static byte[] Write(ZenginHeader header, IReadOnlyList<ZenginPayee> payees, ZenginLineEnding lineEnding = ZenginLineEnding.CrLf)
    {
        var problems = new List<ZenginProblem>();
        var records = Compose(header, payees, problems);
        if (problems.Count > 0)
        {
            throw new ZenginFormatException(problems);
        }

        var recordSize = RecordLength + (lineEnding == ZenginLineEnding.CrLf ? 2 : 0);
        var bytes = new byte[records.Count * recordSize];
        var span = bytes.AsSpan();
        foreach (var record in records)
        {
            if (ShiftJis.GetBytes(record, span) != RecordLength)
            {
                throw new InvalidOperationException($"A 全銀 record is not {RecordLength} bytes: '{record}'.");
            }

            if (lineEnding == ZenginLineEnding.CrLf)
            {
                span[RecordLength] = (byte)'\r';
                span[RecordLength + 1] = (byte)'\n';
            }

            span = span[recordSize..];
        }

        return bytes;
    }

    /// <summary>Every problem <see cref="Write"/> would report, without throwing (empty when the file can be written).</summary>
    public static IReadOnlyList<ZenginProblem> Validate(ZenginHeader header, IReadOnlyList<ZenginPayee> payees)
    {
        var problems = new List<ZenginProblem>();
        Compose(header, payees, problems);
        return problems;
    }

    /// <summary>Builds the records as strings of half-width characters, recording problems as it goes.</summary>
    private static List<string> Compose(ZenginHeader header, IReadOnlyList<ZenginPayee> payees, List<ZenginProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(payees);

        var records = new List<string>(Math.Min(payees.Count, MaxPayees) + 3);
        var h = new FieldChecker(problems, null);
        records.Add(string.Concat(
        [
            "1", "21", "0",
            h.Digits(header.RequesterCode, 10, exact: true, nameof(ZenginHeader.RequesterCode), "振込依頼人コード"),
            h.Kana(header.RequesterNameKana, 40, truncate: false, required: true, nameof(ZenginHeader.RequesterNameKana), "振込依頼人名"),
            header.TransferDate.ToString("MMdd", CultureInfo.InvariantCulture),
            h.Digits(header.BankCode, 4, exact: true, nameof(ZenginHeader.BankCode), "仕向銀行番号"),
            h.Kana(header.BankNameKana, 15, truncate: true, required: false, nameof(ZenginHeader.BankNameKana), "仕向銀行名"),
            h.Digits(header.BranchCode, 3, exact: true, nameof(ZenginHeader.BranchCode), "仕向支店番号"),
            h.Kana(header.BranchNameKana, 15, truncate: true, required: false, nameof(ZenginHeader.BranchNameKana), "仕向支店名"),
            h.AccountType(header.AccountType, nameof(ZenginHeader.AccountType)),
            h.Digits(header.AccountNumber, 7, exact: false, nameof(ZenginHeader.AccountNumber), "口座番号"),
            Spaces(17),
        ]));

        if (payees.Count == 0)
        {
            problems.Add(new ZenginProblem(null, "Payees", "振込先が1件もありません。"));
        }
        else if (payees.Count > MaxPayees)
        {
            // Checking a million payees one by one would only bury this message.
            problems.Add(new ZenginProblem(null, "Payees",
                string.Create(CultureInfo.InvariantCulture, $"振込先が{MaxPayees:N0}件を超えています（{payees.Count:N0}件）。ファイルを分けてください。")));
            return records;
        }

        long total = 0;
        for (var i = 0; i < payees.Count; i++)
        {
            var payee = payees[i] ?? throw new ArgumentException($"Payee {i} is null.", nameof(payees));
            var p = new FieldChecker(problems, i);
            var amount = p.Amount(payee.Amount);
            total += amount;
            records.Add(string.Concat(
            [
                "2",
                p.Digits(payee.BankCode, 4, exact: true, nameof(ZenginPayee.BankCode), "銀行番号"),
                p.Kana(payee.BankNameKana, 15, truncate: true, required: false, nameof(ZenginPayee.BankNameKana), "銀行名"),
                p.Digits(payee.BranchCode, 3, exact: true, nameof(ZenginPayee.BranchCode), "支店番号"),
                p.Kana(payee.BranchNameKana, 15, truncate: true, required: false, nameof(ZenginPayee.BranchNameKana), "支店名"),
                Spaces(4), // 手形交換所番号: unused
                p.AccountType(payee.AccountType, nameof(ZenginPayee.AccountType)),
                p.Digits(payee.AccountNumber, 7, exact: false, nameof(ZenginPayee.AccountNumber), "口座番号"),
                p.Kana(payee.HolderNameKana, 30, truncate: false, required: true, nameof(ZenginPayee.HolderNameKana), "受取人名"),
                amount.ToString("D10", CultureInfo.InvariantCulture),
                "0", // 新規コード
                p.OptionalDigits(payee.CustomerCode1, 10, nameof(ZenginPayee.CustomerCode1), "顧客コード1"),
                p.OptionalDigits(payee.CustomerCode2, 10, nameof(ZenginPayee.CustomerCode2), "顧客コード2"),
                "7", // 振込指定区分: 電信扱
                " ", // 識別表示: not EDI
                Spaces(7),
            ]));
        }

        if (total > MaxTotal)
        {
            problems.Add(new ZenginProblem(null, "Total",
                string.Create(CultureInfo.InvariantCulture, $"合計金額が{MaxTotal:N0}円を超えています（{total:N0}円）。ファイルを分けてください。")));
            total = 0;
        }

        records.Add(string.Concat(
        [
            "8",
            payees.Count.ToString("D6", CultureInfo.InvariantCulture),
            total.ToString("D12", CultureInfo.InvariantCulture),
            Spaces(101),
        ]));
        records.Add("9" + Spaces(119));
        return records;
    }

    private static string Spaces(int count) => new(' ', count);

    /// <summary>Checks and pads the fields of one record; a failed field yields a placeholder of the right width.</summary>
    private readonly struct FieldChecker(List<ZenginProblem> problems, int? payeeIndex)
    {
        private string Prefix => payeeIndex is { } i
            ? string.Create(CultureInfo.InvariantCulture, $"振込先{i + 1}件目の")
            : "依頼人（ヘッダー）の";

        public string Digits(string? value, int width, bool exact, string field, string label)
        {
            value ??= "";
            var ok = value.Length > 0 && value.Length <= width && (!exact || value.Length == width) && value.All(char.IsAsciiDigit);
            if (!ok)
            {
                var rule = exact
                    ? string.Create(CultureInfo.InvariantCulture, $"{width}桁の数字")
                    : string.Create(CultureInfo.InvariantCulture, $"{width}桁以内の数字");
                Fail(field, $"{Prefix}{label}は{rule}で入力してください（入力値「{value}」）。");
                return new string('0', width);
            }

            return value.PadLeft(width, '0');
        }

        public string OptionalDigits(string? value, int width, string field, string label) =>
            string.IsNullOrEmpty(value) ? Spaces(width) : Digits(value, width, exact: false, field, label);

        public string Kana(string? value, int width, bool truncate, bool required, string field, string label)
        {
            if (!ZenginKana.TryNormalize(value, out var kana, out var error, Prefix + label))
            {
                Fail(field, error!);
                return Spaces(width);
            }

            if (required && kana.Length == 0)
            {
                Fail(field, $"{Prefix}{label}を入力してください。");
            }

            // Every character of the 全銀 set is one Shift_JIS byte, so characters and bytes agree here.
            var bytes = ZenginKana.ShiftJisByteCount(kana);
            if (bytes > width)
            {
                if (truncate)
                {
                    return kana[..width];
                }

                Fail(field, string.Create(CultureInfo.InvariantCulture,
                    $"{Prefix}{label}が長すぎます（半角{bytes}文字、上限{width}文字）。「{kana}」"));
                return Spaces(width);
            }

            return kana.PadRight(width);
        }

        public string AccountType(ZenginAccountType type, string field)
        {
            if (!Enum.IsDefined(type))
            {
                Fail(field, string.Create(CultureInfo.InvariantCulture,
                    $"{Prefix}預金種目が不正です（{(int)type}）。1 普通・2 当座・4 貯蓄・9 その他のいずれかを指定してください。"));
                return "9";
            }

            return ((int)type).ToString(CultureInfo.InvariantCulture);
        }

        public long Amount(long amount)
        {
            if (amount is < 1 or > MaxAmount)
            {
                Fail(nameof(ZenginPayee.Amount), string.Create(CultureInfo.InvariantCulture,
                    $"{Prefix}振込金額は1円以上{MaxAmount:N0}円以下にしてください（入力値 {amount:N0}円）。"));
                return 0;
            }

            return amount;
        }

        private void Fail(string field, string message) => problems.Add(new ZenginProblem(payeeIndex, field, message));
    }
}
