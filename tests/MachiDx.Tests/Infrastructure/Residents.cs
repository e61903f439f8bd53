namespace MachiDx.Tests.Infrastructure;

/// <summary>Valid registration data for a new, unique resident.</summary>
public static class Residents
{
    public static string UniqueEmail(string prefix = "new") => $"{prefix}-{Guid.NewGuid():N}@example.jp";

    public static Dictionary<string, string> RegistrationForm(string email, string password = "correct-horse-42") => new()
    {
        ["Input.FullName"] = "大川 花子",
        ["Input.FullNameKana"] = "おおかわ はなこ",
        ["Input.BirthDate"] = "1985-04-01",
        ["Input.PostalCode"] = "831-0016",
        ["Input.Address"] = "大川市大字酒見256番地1",
        ["Input.Phone"] = "0944-87-2101",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["ConfirmPassword"] = password,
    };

    public static object RegistrationBody(string email, string password = "correct-horse-42") => new
    {
        fullName = "行橋 一郎",
        fullNameKana = "ゆくはし いちろう",
        birthDate = "1979-12-24",
        postalCode = "8240005",
        address = "行橋市中央1丁目1番1号",
        phone = "0930-25-1111",
        email,
        password,
    };
}
