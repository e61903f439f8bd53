using System.Globalization;

namespace MachiDx.Tests.Wallet.Zengin;

/// <summary>
/// Reads a 全銀協 総合振込 file back, independently of the application's writer, and rejects anything a bank
/// would: records that are not exactly 120 bytes, CR or LF alone, bytes outside the half-width 全銀 set,
/// records out of order (1, 2…, 8, 9), malformed numeric fields, and a trailer whose 合計件数 / 合計金額 do
/// not match the data records. Throws <see cref="ZenginParseException"/> with a Japanese message naming
/// the record (1-based) and the columns at fault.
/// </summary>
/// <remarks>
/// Columns are those of the 全銀協制定フォーマット 総合振込 (header 1–120: 1 区分, 2–3 種別, 4 コード区分,
/// 5–14 依頼人コード, 15–54 依頼人名, 55–58 MMDD, 59–62 銀行, 63–77 銀行名, 78–80 支店, 81–95 支店名, 96 種目,
/// 97–103 口座, 104–120 ダミー; data: 2–5 銀行, 6–20 銀行名, 21–23 支店, 24–38 支店名, 39–42 手形交換所,
/// 43 種目, 44–50 口座, 51–80 受取人名, 81–90 金額, 91 新規コード, 92–101 / 102–111 顧客コード (or EDI 92–111),
/// 112 振込指定区分, 113 識別表示, 114–120 ダミー; trailer: 2–7 件数, 8–19 金額). Meant for any test that must
/// check a generated 全銀 file, including integration and browser tests.
/// </remarks>
public static class ZenginFileParser
{
    /// <summary>Bytes in every record, separators excluded.</summary>
    public const int RecordLength = 120;

    private static readonly int[] AccountTypes = [1, 2, 4, 9];

    /// <summary>Parses and checks <paramref name="bytes"/>; throws <see cref="ZenginParseException"/> on the first violation.</summary>
    public static ZenginParsedFile Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var (rawRecords, lineEnding) = SplitRecords(bytes);
        var records = new List<string>(rawRecords.Count);
        for (var r = 0; r < rawRecords.Count; r++)
        {
            records.Add(Decode(rawRecords[r], r + 1));
        }

        CheckOrder(records);

        var header = ParseHeader(records[0]);
        var payees = new List<ZenginParsedPayee>();
        for (var r = 1; r < records.Count - 2; r++)
        {
            payees.Add(ParseData(records[r], r + 1));
        }

        var trailerNo = records.Count - 1;
        var trailer = records[^2];
        var count = (int)Number(trailer, 2, 7, trailerNo, "合計件数");
        var total = Number(trailer, 8, 19, trailerNo, "合計金額");
        Blank(trailer, 20, 120, trailerNo, "ダミー");
        if (count != payees.Count)
        {
            throw Error(trailerNo, $"トレーラの合計件数 {count} がデータレコード数 {payees.Count} と一致しません。");
        }

        var sum = payees.Sum(p => p.Amount);
        if (total != sum)
        {
            throw Error(trailerNo, $"トレーラの合計金額 {total} がデータレコードの合計 {sum} と一致しません。");
        }

        Blank(records[^1], 2, 120, records.Count, "ダミー");
        return new ZenginParsedFile(header, payees, count, total, lineEnding);
    }

    /// <summary>Splits on CR LF when the file has separators, otherwise into 120-byte blocks.</summary>
    private static (List<byte[]> Records, ZenginParsedLineEnding LineEnding) SplitRecords(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new ZenginParseException("ファイルが空です。");
        }

        var records = new List<byte[]>();
        if (bytes.AsSpan().IndexOfAny((byte)'\r', (byte)'\n') < 0)
        {
            if (bytes.Length % RecordLength != 0)
            {
                throw new ZenginParseException(Invariant(
                    $"改行なし形式ですが、ファイル長 {bytes.Length} バイトが {RecordLength} の倍数ではありません（{RecordLength}バイトでないレコードがあります）。"));
            }

            for (var offset = 0; offset < bytes.Length; offset += RecordLength)
            {
                records.Add(bytes[offset..(offset + RecordLength)]);
            }

            return (records, ZenginParsedLineEnding.None);
        }

        var start = 0;
        while (start < bytes.Length)
        {
            var relative = bytes.AsSpan(start).IndexOfAny((byte)'\r', (byte)'\n');
            if (relative < 0)
            {
                records.Add(bytes[start..]); // the last record may lack its CR LF
                break;
            }

            var end = start + relative;
            if (bytes[end] != (byte)'\r' || end + 1 >= bytes.Length || bytes[end + 1] != (byte)'\n')
            {
                throw new ZenginParseException(Invariant($"{end + 1}バイト目: 改行は CR LF でなければなりません（CR または LF だけの改行があります）。"));
            }

            records.Add(bytes[start..end]);
            start = end + 2;
        }

        return (records, ZenginParsedLineEnding.CrLf);
    }

    /// <summary>Checks the length and every byte of a record, then maps it to half-width characters.</summary>
    private static string Decode(byte[] record, int recordNo)
    {
        if (record.Length != RecordLength)
        {
            throw Error(recordNo, $"レコード長が {record.Length} バイトです（{RecordLength} バイトでなければなりません）。");
        }

        var chars = new char[RecordLength];
        for (var i = 0; i < record.Length; i++)
        {
            var b = record[i];
            chars[i] = b switch
            {
                (byte)' ' or (byte)'(' or (byte)')' or (byte)',' or (byte)'-' or (byte)'.' or (byte)'/' or (byte)'\\' => (char)b,
                >= (byte)'0' and <= (byte)'9' or >= (byte)'A' and <= (byte)'Z' => (char)b,
                0xA2 or 0xA3 or (>= 0xB1 and <= 0xDF) => (char)(0xFF61 + (b - 0xA1)), // ｢ ｣ ｱ…ﾝ ﾞ ﾟ
                _ => throw Error(recordNo, $"{i + 1}桁目のバイト 0x{b:X2} は全銀で使える半角文字ではありません。"),
            };
        }

        return new string(chars);
    }

    private static void CheckOrder(List<string> records)
    {
        if (records[0][0] != '1')
        {
            throw Error(1, $"先頭がヘッダーレコードではありません（データ区分「{records[0][0]}」）。");
        }

        var i = 1;
        while (i < records.Count && records[i][0] == '2')
        {
            i++;
        }

        if (i == records.Count)
        {
            throw new ZenginParseException("トレーラレコード（データ区分 8）がありません。");
        }

        if (records[i][0] != '8')
        {
            throw Error(i + 1, $"データ区分「{records[i][0]}」が順序違反です（2 または 8 のはずです）。");
        }

        if (i + 1 == records.Count)
        {
            throw new ZenginParseException("エンドレコード（データ区分 9）がありません。");
        }

        if (records[i + 1][0] != '9')
        {
            throw Error(i + 2, $"データ区分「{records[i + 1][0]}」が順序違反です（エンドレコード 9 のはずです）。");
        }

        if (i + 2 != records.Count)
        {
            throw Error(i + 3, $"エンドレコードの後にレコードがあります。");
        }
    }

    private static ZenginParsedHeader ParseHeader(string record)
    {
        const int no = 1;
        Expect(record, 2, 3, "21", no, "種別コード（総合振込）");
        Expect(record, 4, 4, "0", no, "コード区分");
        var requesterCode = Digits(record, 5, 14, no, "振込依頼人コード");
        var requesterName = Name(record, 15, 54, no, "振込依頼人名", required: true);
        var mmdd = Digits(record, 55, 58, no, "振込指定日");
        var month = int.Parse(mmdd[..2], CultureInfo.InvariantCulture);
        var day = int.Parse(mmdd[2..], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            throw Error(no, $"振込指定日「{mmdd}」は MMDD の日付ではありません。");
        }

        var header = new ZenginParsedHeader(
            TypeCode: "21",
            RequesterCode: requesterCode,
            RequesterName: requesterName,
            TransferDate: mmdd,
            BankCode: Digits(record, 59, 62, no, "仕向銀行番号"),
            BankName: Name(record, 63, 77, no, "仕向銀行名", required: false),
            BranchCode: Digits(record, 78, 80, no, "仕向支店番号"),
            BranchName: Name(record, 81, 95, no, "仕向支店名", required: false),
            AccountType: AccountType(record, 96, no),
            AccountNumber: Digits(record, 97, 103, no, "口座番号"));
        Blank(record, 104, 120, no, "ダミー");
        return header;
    }

    private static ZenginParsedPayee ParseData(string record, int no)
    {
        var clearingHouse = Field(record, 39, 42);
        if (clearingHouse.Trim(' ').Length > 0 && !clearingHouse.All(char.IsAsciiDigit))
        {
            throw Error(no, $"手形交換所番号「{clearingHouse}」は数字かスペースでなければなりません。");
        }

        var amount = Number(record, 81, 90, no, "振込金額");
        if (amount <= 0)
        {
            throw Error(no, $"振込金額が 0 です。");
        }

        var newCode = Field(record, 91, 91);
        if (newCode is not ("0" or "1" or "2"))
        {
            throw Error(no, $"新規コード「{newCode}」が不正です。");
        }

        var transferKind = record[112 - 1];
        if (transferKind is not ('7' or '8' or ' '))
        {
            throw Error(no, $"振込指定区分「{transferKind}」が不正です（7・8・スペース）。");
        }

        var identification = record[113 - 1];
        string? customerCode1 = null, customerCode2 = null, ediInfo = null;
        if (identification == 'Y')
        {
            ediInfo = Field(record, 92, 111).TrimEnd(' ');
        }
        else if (identification == ' ')
        {
            customerCode1 = OptionalDigits(record, 92, 101, no, "顧客コード1");
            customerCode2 = OptionalDigits(record, 102, 111, no, "顧客コード2");
        }
        else
        {
            throw Error(no, $"識別表示「{identification}」が不正です（Y またはスペース）。");
        }

        Blank(record, 114, 120, no, "ダミー");
        return new ZenginParsedPayee(
            BankCode: Digits(record, 2, 5, no, "被仕向銀行番号"),
            BankName: Name(record, 6, 20, no, "被仕向銀行名", required: false),
            BranchCode: Digits(record, 21, 23, no, "被仕向支店番号"),
            BranchName: Name(record, 24, 38, no, "被仕向支店名", required: false),
            AccountType: AccountType(record, 43, no),
            AccountNumber: Digits(record, 44, 50, no, "口座番号"),
            HolderName: Name(record, 51, 80, no, "受取人名", required: true),
            Amount: amount,
            NewCode: newCode[0],
            CustomerCode1: customerCode1,
            CustomerCode2: customerCode2,
            TransferKind: transferKind,
            EdiInfo: ediInfo);
    }

    /// <summary>Columns <paramref name="from"/>–<paramref name="to"/>, 1-based and inclusive as in the bank manuals.</summary>
    private static string Field(string record, int from, int to) => record[(from - 1)..to];

    private static string Digits(string record, int from, int to, int no, string name)
    {
        var value = Field(record, from, to);
        return value.All(char.IsAsciiDigit)
            ? value
            : throw Error(no, $"{name}（{from}–{to}桁）「{value}」が数字ではありません。");
    }

    private static long Number(string record, int from, int to, int no, string name) =>
        long.Parse(Digits(record, from, to, no, name), CultureInfo.InvariantCulture);

    private static string? OptionalDigits(string record, int from, int to, int no, string name) =>
        Field(record, from, to).Trim(' ').Length == 0 ? null : Digits(record, from, to, no, name);

    private static int AccountType(string record, int column, int no)
    {
        var value = record[column - 1] - '0';
        return AccountTypes.Contains(value)
            ? value
            : throw Error(no, $"預金種目（{column}桁）「{record[column - 1]}」が不正です（1・2・4・9）。");
    }

    private static string Name(string record, int from, int to, int no, string name, bool required)
    {
        var value = Field(record, from, to);
        if (value.Trim(' ').Length > 0 && value[0] == ' ')
        {
            throw Error(no, $"{name}（{from}–{to}桁）が左詰めではありません。");
        }

        if (required && value.Trim(' ').Length == 0)
        {
            throw Error(no, $"{name}（{from}–{to}桁）が空です。");
        }

        return value.TrimEnd(' ');
    }

    private static void Expect(string record, int from, int to, string expected, int no, string name)
    {
        var value = Field(record, from, to);
        if (value != expected)
        {
            throw Error(no, $"{name}（{from}–{to}桁）は「{expected}」のはずですが「{value}」です。");
        }
    }

    private static void Blank(string record, int from, int to, int no, string name)
    {
        if (Field(record, from, to).Trim(' ').Length > 0)
        {
            throw Error(no, $"{name}（{from}–{to}桁）はスペースでなければなりません。");
        }
    }

    private static ZenginParseException Error(int recordNo, FormattableString detail) =>
        new(Invariant($"レコード{recordNo}: ") + detail.ToString(CultureInfo.InvariantCulture));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How the records of a parsed file were separated.</summary>
public enum ZenginParsedLineEnding
{
    /// <summary>CR LF after each record.</summary>
    CrLf,

    /// <summary>120-byte records back to back.</summary>
    None,
}

/// <summary>A 全銀 総合振込 file as read back: header, data records and the trailer's count and total.</summary>
public sealed record ZenginParsedFile(
    ZenginParsedHeader Header,
    IReadOnlyList<ZenginParsedPayee> Payees,
    int TrailerCount,
    long TrailerTotal,
    ZenginParsedLineEnding LineEnding);

/// <summary>The header record's fields; names without their trailing spaces, codes as written (zero padded).</summary>
public sealed record ZenginParsedHeader(
    string TypeCode,
    string RequesterCode,
    string RequesterName,
    string TransferDate,
    string BankCode,
    string BankName,
    string BranchCode,
    string BranchName,
    int AccountType,
    string AccountNumber);

/// <summary>One data record's fields; names without their trailing spaces, codes as written (zero padded).</summary>
public sealed record ZenginParsedPayee(
    string BankCode,
    string BankName,
    string BranchCode,
    string BranchName,
    int AccountType,
    string AccountNumber,
    string HolderName,
    long Amount,
    char NewCode,
    string? CustomerCode1,
    string? CustomerCode2,
    char TransferKind,
    string? EdiInfo);

/// <summary>A 全銀 file that a bank would reject; the message names the record and the fault in Japanese.</summary>
public sealed class ZenginParseException(string message) : Exception(message);
