using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace MachiDx.Platform.Web;

/// <summary>Model binding's own messages (wrong type, missing value) in Japanese.</summary>
internal static class JapaneseModelBindingMessages
{
    public static void Configure(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"{field}の形式が正しくありません。");
        p.SetMissingBindRequiredValueAccessor(field => $"{field}を入力してください。");
        p.SetMissingKeyOrValueAccessor(() => "値を入力してください。");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "入力内容が送信されていません。");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => "入力の形式が正しくありません。");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "入力の形式が正しくありません。");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "数字で入力してください。");
        p.SetUnknownValueIsInvalidAccessor(field => $"{field}の形式が正しくありません。");
        p.SetValueIsInvalidAccessor(value => "入力の形式が正しくありません。");
        p.SetValueMustBeANumberAccessor(field => $"{field}は数字で入力してください。");
        p.SetValueMustNotBeNullAccessor(field => $"{field}を入力してください。");
    }
}
