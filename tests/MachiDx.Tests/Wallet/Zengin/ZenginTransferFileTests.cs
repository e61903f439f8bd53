using System.Globalization;
using System.Text;
using MachiDx.Wallet.Payouts.Zengin;

namespace MachiDx.Tests.Wallet.Zengin;

/// <summary>
/// The 全銀協 総合振込 file for merchant payouts: names normalised to half-width kana, fields at their
/// columns, both record separators, every validation rule, and a test parser that rejects corrupted files.
/// </summary>
public sealed class ZenginTransferFileTests
{
    private static readonly Encoding ShiftJis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;

    private static readonly ZenginHeader Header = new(
        RequesterCode: "1234567890",
        RequesterNameKana: "まちまちし　ちいきつうか",
        TransferDate: new DateOnly(2026, 3, 25),
        BankCode: "0001",
        BankNameKana: "ミズホ",
        BranchCode: "123",
        BranchNameKana: "ﾄｳｷﾖｳ",
        AccountType: ZenginAccountType.Ordinary,
        AccountNumber: "1234567");

    private static readonly ZenginPayee Bakery = new(
        "0009", null, "456", null, ZenginAccountType.Current, "42", "ＡＢＣベーカリー", 1_000_000, CustomerCode1: "123", CustomerCode2: "4567890123");

    private static readonly ZenginPayee[] Payees =
    [
        new("0005", "ミツビシユーエフジエイ", "001", "ほんてん", ZenginAccountType.Ordinary, "7654321", "やまだ　しょうてん", 12_345),
        Bakery,
        new("0010", "ｷﾞﾝｺｳ", "789", "ﾊﾟﾝﾔﾏﾁ", ZenginAccountType.Savings, "0000001", "カ）ガッコウノパンヤ", 9_999_999_999),
    ];

    // ---- Round trip -------------------------------------------------------------------------------

    [Fact]
    public void A_file_with_hiragana_full_width_and_voiced_names_reads_back_as_half_width_kana()
    {
        var file = ZenginFileParser.Parse(ZenginTransferFile.Write(Header, Payees));

        Assert.Equal(ZenginParsedLineEnding.CrLf, file.LineEnding);
        Assert.Equal("1234567890", file.Header.RequesterCode);
        Assert.Equal("ﾏﾁﾏﾁｼ ﾁｲｷﾂｳｶ", file.Header.RequesterName);
        Assert.Equal("0325", file.Header.TransferDate);
        Assert.Equal(("0001", "ﾐｽﾞﾎ", "123", "ﾄｳｷﾖｳ"), (file.Header.BankCode, file.Header.BankName, file.Header.BranchCode, file.Header.BranchName));
        Assert.Equal((1, "1234567"), (file.Header.AccountType, file.Header.AccountNumber));

        Assert.Equal(3, file.Payees.Count);
        var (first, second, third) = (file.Payees[0], file.Payees[1], file.Payees[2]);
        Assert.Equal(("0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", "001", "ﾎﾝﾃﾝ"), (first.BankCode, first.BankName, first.BranchCode, first.BranchName));
        Assert.Equal((1, "7654321", "ﾔﾏﾀﾞ ｼﾖｳﾃﾝ", 12_345L), (first.AccountType, first.AccountNumber, first.HolderName, first.Amount));
        Assert.Equal(("", "", 2, "0000042"), (second.BankName, second.BranchName, second.AccountType, second.AccountNumber));
        Assert.Equal(("ABCﾍﾞ-ｶﾘ-", 1_000_000L), (second.HolderName, second.Amount));
        Assert.Equal(("0000000123", "4567890123"), (second.CustomerCode1, second.CustomerCode2));
        Assert.Equal(("ｷﾞﾝｺｳ", "ﾊﾟﾝﾔﾏﾁ", 4, "0000001"), (third.BankName, third.BranchName, third.AccountType, third.AccountNumber));
        Assert.Equal(("ｶ)ｶﾞﾂｺｳﾉﾊﾟﾝﾔ", 9_999_999_999L), (third.HolderName, third.Amount));
        Assert.All(file.Payees, p => Assert.Equal(('0', '7'), (p.NewCode, p.TransferKind)));

        Assert.Equal(3, file.TrailerCount);
        Assert.Equal(12_345 + 1_000_000 + 9_999_999_999, file.TrailerTotal);
    }

    // ---- Exact columns ----------------------------------------------------------------------------

    [Fact]
    public void Header_data_trailer_and_end_records_match_hand_written_records_byte_for_byte()
    {
        var bytes = ZenginTransferFile.Write(Header, [Bakery]);

        string[] expected =
        [
            "1" + "21" + "0" + "1234567890" + Pad("ﾏﾁﾏﾁｼ ﾁｲｷﾂｳｶ", 40) + "0325"
                + "0001" + Pad("ﾐｽﾞﾎ", 15) + "123" + Pad("ﾄｳｷﾖｳ", 15) + "1" + "1234567" + Pad("", 17),
            "2" + "0009" + Pad("", 15) + "456" + Pad("", 15) + "    " + "2" + "0000042" + Pad("ABCﾍﾞ-ｶﾘ-", 30)
                + "0001000000" + "0" + "0000000123" + "4567890123" + "7" + " " + Pad("", 7),
            "8" + "000001" + "000001000000" + Pad("", 101),
            "9" + Pad("", 119),
        ];

        Assert.Equal(expected.Length * 122, bytes.Length);
        for (var r = 0; r < expected.Length; r++)
        {
            Assert.Equal(120, expected[r].Length);
            var record = bytes.AsSpan(r * 122, 120).ToArray();
            Assert.Equal(ShiftJis.GetBytes(expected[r]), record);
            Assert.Equal("\r\n"u8.ToArray(), bytes.AsSpan((r * 122) + 120, 2).ToArray());
        }
    }

    [Fact]
    public void Key_fields_sit_at_the_columns_of_the_zengin_layout()
    {
        var records = Records(ZenginTransferFile.Write(Header, [Bakery]));
        var (header, data, trailer) = (records[0], records[1], records[2]);

        Assert.Equal("21", Columns(header, 2, 3));
        Assert.Equal("1234567890", Columns(header, 5, 14));
        Assert.Equal("ﾏﾁﾏﾁｼ", Columns(header, 15, 54).TrimEnd()[..5]);
        Assert.Equal("0325", Columns(header, 55, 58));
        Assert.Equal("0001", Columns(header, 59, 62));
        Assert.Equal("123", Columns(header, 78, 80));
        Assert.Equal("1", Columns(header, 96, 96));
        Assert.Equal("1234567", Columns(header, 97, 103));

        Assert.Equal("0009", Columns(data, 2, 5));
        Assert.Equal("456", Columns(data, 21, 23));
        Assert.Equal("    ", Columns(data, 39, 42));
        Assert.Equal("2", Columns(data, 43, 43));
        Assert.Equal("0000042", Columns(data, 44, 50));
        Assert.Equal("ABCﾍﾞ-ｶﾘ-", Columns(data, 51, 80).TrimEnd());
        Assert.Equal("0001000000", Columns(data, 81, 90));
        Assert.Equal("0000000123", Columns(data, 92, 101));
        Assert.Equal("4567890123", Columns(data, 102, 111));
        Assert.Equal("7", Columns(data, 112, 112));

        Assert.Equal("000001", Columns(trailer, 2, 7));
        Assert.Equal("000001000000", Columns(trailer, 8, 19));
    }

    // ---- Line endings -----------------------------------------------------------------------------

    [Fact]
    public void Crlf_files_end_every_record_with_crlf_and_unseparated_files_are_plain_120_byte_blocks()
    {
        var crlf = ZenginTransferFile.Write(Header, Payees, ZenginLineEnding.CrLf);
        var none = ZenginTransferFile.Write(Header, Payees, ZenginLineEnding.None);

        Assert.Equal(6 * 122, crlf.Length);
        Assert.Equal(6 * 120, none.Length);
        Assert.True(crlf.AsSpan().EndsWith("\r\n"u8));
        Assert.Equal(-1, none.AsSpan().IndexOfAny((byte)'\r', (byte)'\n'));
        for (var r = 0; r < 6; r++)
        {
            Assert.Equal(crlf.AsSpan(r * 122, 120).ToArray(), none.AsSpan(r * 120, 120).ToArray());
        }

        var (fromCrlf, fromNone) = (ZenginFileParser.Parse(crlf), ZenginFileParser.Parse(none));
        Assert.Equal((ZenginParsedLineEnding.CrLf, ZenginParsedLineEnding.None), (fromCrlf.LineEnding, fromNone.LineEnding));
        Assert.Equal(fromCrlf.Header, fromNone.Header);
        Assert.Equal(fromCrlf.Payees, fromNone.Payees);
        Assert.Equal((fromCrlf.TrailerCount, fromCrlf.TrailerTotal), (fromNone.TrailerCount, fromNone.TrailerTotal));
    }

    // ---- Validation -------------------------------------------------------------------------------

    [Fact]
    public void A_kanji_holder_name_is_refused_naming_the_payee_the_field_and_the_character()
    {
        var ex = Assert.Throws<ZenginFormatException>(() =>
            ZenginTransferFile.Write(Header, [Payees[0], Bakery with { HolderNameKana = "山田商店" }]));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal((1, nameof(ZenginPayee.HolderNameKana)), (problem.PayeeIndex, problem.Field));
        Assert.Equal("振込先2件目の受取人名に使えない文字「山」があります。半角カナ・英大文字・数字で入力してください。", problem.Message);
        Assert.Contains("振込先2件目の受取人名", ex.Message);
    }

    [Theory]
    [InlineData("ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏ")] // 31 half-width characters
    [InlineData("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘガ")] // 30 characters, 31 bytes once ガ is ｶﾞ
    public void A_holder_name_longer_than_30_bytes_is_refused_rather_than_truncated(string name)
    {
        var problem = Assert.Single(ZenginTransferFile.Validate(Header, [Bakery with { HolderNameKana = name }]));

        Assert.Equal((0, nameof(ZenginPayee.HolderNameKana)), (problem.PayeeIndex, problem.Field));
        Assert.StartsWith("振込先1件目の受取人名が長すぎます（半角31文字、上限30文字）", problem.Message);
    }

    [Fact]
    public void A_holder_name_of_exactly_30_bytes_fits()
    {
        var name = new string('ｱ', 28) + "ｶﾞ";
        var file = ZenginFileParser.Parse(ZenginTransferFile.Write(Header, [Bakery with { HolderNameKana = name }]));
        Assert.Equal(name, file.Payees[0].HolderName);
    }

    [Theory]
    [InlineData("12A4")]
    [InlineData("123")]
    [InlineData("12345")]
    [InlineData("")]
    [InlineData("０００９")]
    public void A_bank_code_that_is_not_four_ascii_digits_is_refused(string bankCode)
    {
        var ex = Assert.Throws<ZenginFormatException>(() => ZenginTransferFile.Write(Header, [Bakery with { BankCode = bankCode }]));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal((0, nameof(ZenginPayee.BankCode)), (problem.PayeeIndex, problem.Field));
        Assert.Equal($"振込先1件目の銀行番号は4桁の数字で入力してください（入力値「{bankCode}」）。", problem.Message);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-500L)]
    [InlineData(10_000_000_000)]
    public void An_amount_of_zero_or_less_or_beyond_ten_digits_is_refused(long amount)
    {
        var ex = Assert.Throws<ZenginFormatException>(() => ZenginTransferFile.Write(Header, [Bakery with { Amount = amount }]));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal((0, nameof(ZenginPayee.Amount)), (problem.PayeeIndex, problem.Field));
        Assert.StartsWith("振込先1件目の振込金額は1円以上9,999,999,999円以下にしてください", problem.Message);
        Assert.Contains(amount.ToString("N0", CultureInfo.InvariantCulture), problem.Message);
    }

    [Fact]
    public void A_total_beyond_twelve_digits_is_refused()
    {
        var payees = Enumerable.Repeat(Bakery with { Amount = ZenginTransferFile.MaxAmount }, 101).ToList();

        var problem = Assert.Single(ZenginTransferFile.Validate(Header, payees));
        Assert.Equal((null, "Total"), (problem.PayeeIndex, problem.Field));
        Assert.Contains("合計金額が999,999,999,999円を超えています", problem.Message);
    }

    [Fact]
    public void More_than_999999_payees_or_none_at_all_is_refused()
    {
        var tooMany = Assert.Single(ZenginTransferFile.Validate(Header, Enumerable.Repeat(Bakery, 1_000_000).ToList()));
        Assert.Equal((null, "Payees"), (tooMany.PayeeIndex, tooMany.Field));
        Assert.Contains("999,999件を超えています（1,000,000件）", tooMany.Message);

        var none = Assert.Single(ZenginTransferFile.Validate(Header, []));
        Assert.Equal("振込先が1件もありません。", none.Message);
    }

    [Fact]
    public void Validate_lists_every_problem_at_once_without_throwing()
    {
        var header = Header with { RequesterCode = "12345", RequesterNameKana = "町田市" };
        ZenginPayee[] payees =
        [
            Payees[0] with { BranchCode = "1" },
            Bakery,
            Bakery with { HolderNameKana = "", Amount = 0, AccountNumber = "12345678", CustomerCode1 = "ABC" },
        ];

        var problems = ZenginTransferFile.Validate(header, payees);

        (int?, string)[] expected =
            [
                (null, nameof(ZenginHeader.RequesterCode)),
                (null, nameof(ZenginHeader.RequesterNameKana)),
                (0, nameof(ZenginPayee.BranchCode)),
                (2, nameof(ZenginPayee.Amount)),
                (2, nameof(ZenginPayee.AccountNumber)),
                (2, nameof(ZenginPayee.HolderNameKana)),
                (2, nameof(ZenginPayee.CustomerCode1)),
            ];
        Assert.Equal(expected, problems.Select(p => (p.PayeeIndex, p.Field)));
        Assert.Equal("依頼人（ヘッダー）の振込依頼人名に使えない文字「町」があります。半角カナ・英大文字・数字で入力してください。", problems[1].Message);
        Assert.Equal("振込先3件目の受取人名を入力してください。", problems[5].Message);
        Assert.Empty(ZenginTransferFile.Validate(Header, Payees));
    }

    [Fact]
    public void Bank_and_branch_names_too_long_for_their_field_are_truncated_to_15_characters()
    {
        var payee = Bakery with { BankNameKana = "ﾏﾁﾏﾁﾁｲｷｼﾝﾖｳｷﾝｺﾞｳｸﾐｱｲ", BranchNameKana = "ちゅうおうえきまえしゅっちょうじょ" };

        Assert.Empty(ZenginTransferFile.Validate(Header, [payee]));
        var parsed = ZenginFileParser.Parse(ZenginTransferFile.Write(Header, [payee])).Payees[0];
        Assert.Equal("ﾏﾁﾏﾁﾁｲｷｼﾝﾖｳｷﾝｺﾞ", parsed.BankName);
        Assert.Equal("ﾁﾕｳｵｳｴｷﾏｴｼﾕﾂﾁﾖｳ", parsed.BranchName);
    }

    // ---- ZenginKana -------------------------------------------------------------------------------

    [Theory]
    [InlineData("ガ", "ｶﾞ")]
    [InlineData("パ", "ﾊﾟ")]
    [InlineData("ｯ", "ﾂ")]
    [InlineData("ッ", "ﾂ")]
    [InlineData("ぎんこう", "ｷﾞﾝｺｳ")]
    [InlineData("ギンコウ", "ｷﾞﾝｺｳ")]
    [InlineData("ｷﾞﾝｺｳ", "ｷﾞﾝｺｳ")]
    [InlineData("ﾏﾁﾃﾞｨｰｴｯｸｽ", "ﾏﾁﾃﾞｲ-ｴﾂｸｽ")]
    [InlineData("マチディーエックス", "ﾏﾁﾃﾞｲ-ｴﾂｸｽ")]
    [InlineData("０１２３４５６７８９", "0123456789")]
    [InlineData("ａｂｃ xyz", "ABC XYZ")]
    [InlineData("キャッシュ　タロウ", "ｷﾔﾂｼﾕ ﾀﾛｳ")]
    [InlineData("ヴァイオリン", "ｳﾞｱｲｵﾘﾝ")]
    [InlineData("ｧｨｩｪｫｬｭｮ", "ｱｲｳｴｵﾔﾕﾖ")]
    [InlineData("ァィゥェォャュョヮ", "ｱｲｳｴｵﾔﾕﾖﾜ")]
    [InlineData("（カ）マチ．／，－", "(ｶ)ﾏﾁ./,-")]
    [InlineData("「マチ」￥", "｢ﾏﾁ｣\\")]
    [InlineData("  ﾔﾏﾀﾞ ﾀﾛｳ  ", "ﾔﾏﾀﾞ ﾀﾛｳ")]
    public void Names_are_normalised_to_the_zengin_character_set(string input, string expected)
    {
        Assert.True(ZenginKana.TryNormalize(input, out var kana, out var error));
        Assert.Null(error);
        Assert.Equal(expected, kana);
    }

    [Theory]
    [InlineData("山田", "山")]
    [InlineData("ヤマダ・タロウ", "・")]
    [InlineData("A&B", "&")]
    [InlineData("ﾏﾁ\tDX", "U+0009")]
    [InlineData("ﾏﾁ😀", "😀")]
    public void Characters_outside_the_set_are_refused_naming_the_first_one(string input, string shown)
    {
        Assert.False(ZenginKana.TryNormalize(input, out var kana, out var error));
        Assert.Equal("", kana);
        Assert.Equal($"受取人名に使えない文字「{shown}」があります。半角カナ・英大文字・数字で入力してください。", error);
    }

    [Fact]
    public void Every_hiragana_and_katakana_converts_to_allowed_single_byte_characters()
    {
        var kana = Enumerable.Range(0x3041, 0x3096 - 0x3041 + 1).Concat(Enumerable.Range(0x30A1, 0x30F6 - 0x30A1 + 1));
        foreach (var code in kana)
        {
            var input = ((char)code).ToString();
            Assert.True(ZenginKana.TryNormalize(input, out var converted, out _), input);
            Assert.All(converted, c => Assert.True(ZenginKana.IsAllowed(c), $"{input} → {converted}"));
            Assert.Equal(converted.Length, ZenginKana.ShiftJisByteCount(converted));
        }
    }

    [Fact]
    public void Field_fit_is_measured_in_shift_jis_bytes()
    {
        Assert.Equal(2, ZenginKana.ShiftJisByteCount("ｶﾞ"));
        Assert.Equal(2, ZenginKana.ShiftJisByteCount("山"));
        Assert.True(ZenginKana.FitsField(new string('ｱ', 30), 30));
        Assert.False(ZenginKana.FitsField(new string('ｱ', 31), 30));
        Assert.False(ZenginKana.FitsField(new string('ア', 16), 30)); // full-width kana are two bytes each
    }

    // ---- The test parser rejects corrupted files ----------------------------------------------------

    [Fact]
    public void The_parser_rejects_a_record_of_119_bytes()
    {
        var bytes = ZenginTransferFile.Write(Header, Payees).ToList();
        bytes.RemoveAt(122 + 119); // last dummy space of the first data record

        var ex = Assert.Throws<ZenginParseException>(() => ZenginFileParser.Parse([.. bytes]));
        Assert.Contains("レコード2: レコード長が 119 バイト", ex.Message);

        var unseparated = ZenginTransferFile.Write(Header, Payees, ZenginLineEnding.None)[..^1];
        Assert.Throws<ZenginParseException>(() => ZenginFileParser.Parse(unseparated));
    }

    [Fact]
    public void The_parser_rejects_a_trailer_total_off_by_one()
    {
        var bytes = ZenginTransferFile.Write(Header, Payees);
        var lastTotalDigit = (4 * 122) + 18; // trailer is record 5, 合計金額 ends at column 19
        bytes[lastTotalDigit] = bytes[lastTotalDigit] == (byte)'9' ? (byte)'8' : (byte)(bytes[lastTotalDigit] + 1);

        var ex = Assert.Throws<ZenginParseException>(() => ZenginFileParser.Parse(bytes));
        Assert.Contains("合計金額", ex.Message);
    }

    [Fact]
    public void The_parser_rejects_a_trailer_count_that_does_not_match()
    {
        var bytes = ZenginTransferFile.Write(Header, Payees);
        bytes[(4 * 122) + 6] = (byte)'4'; // 合計件数 000003 → 000004

        var ex = Assert.Throws<ZenginParseException>(() => ZenginFileParser.Parse(bytes));
        Assert.Contains("合計件数 4 がデータレコード数 3", ex.Message);
    }

    [Fact]
    public void The_parser_rejects_a_file_without_its_end_record()
    {
        var bytes = ZenginTransferFile.Write(Header, Payees)[..^122];

        var ex = Assert.Throws<ZenginParseException>(() => ZenginFileParser.Parse(bytes));
        Assert.Contains("エンドレコード", ex.Message);
    }

    [Fact]
    public void The_parser_rejects_bytes_outside_the_half_width_set_bare_line_feeds_and_records_out_of_order()
    {
        var lowercase = ZenginTransferFile.Write(Header, Payees);
        lowercase[122 + 50] = (byte)'a'; // first character of the first holder name
        Assert.Contains("51桁目のバイト 0x61", Assert.Throws<ZenginParseException>(() => ZenginFileParser.Parse(lowercase)).Message);

        var lfOnly = ZenginTransferFile.Write(Header, Payees).ToList();
        lfOnly.RemoveAt(120); // header's CR
        Assert.Contains("CR LF", Assert.Throws<ZenginParseException>(() => ZenginFileParser.Parse([.. lfOnly])).Message);

        var crlf = ZenginTransferFile.Write(Header, Payees);
        var swapped = crlf[122..244].Concat(crlf[..122]).Concat(crlf[244..]).ToArray();
        Assert.Contains("先頭がヘッダーレコードではありません", Assert.Throws<ZenginParseException>(() => ZenginFileParser.Parse(swapped)).Message);
    }

    // ---- Helpers ----------------------------------------------------------------------------------

    private static string Pad(string value, int width) => value.PadRight(width, ' ');

    /// <summary>The records of a CR LF file as half-width text (the 全銀 set is one byte a character).</summary>
    private static string[] Records(byte[] bytes) =>
        ShiftJis.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>1-based inclusive columns, as the bank manuals number them.</summary>
    private static string Columns(string record, int from, int to) => record[(from - 1)..to];
}
