using System.Globalization;

namespace MachiDx.Platform.Web;

/// <summary>
/// The one rule for <c>page</c> and <c>pageSize</c> on every paged API: both within bounds, or a 400 with Japanese
/// field errors. The page has an upper bound too, so that <c>(page - 1) * pageSize</c> cannot overflow an int and
/// wrap around to a small (or negative) offset: page=2147483647 used to answer with the first page.
/// </summary>
public static class Paging
{
    public const int MaxPage = 1_000_000;

    /// <summary>The page number and size to use, or field errors added to <paramref name="errors"/>.</summary>
    public static (int Page, int Size) Read(int? page, int? pageSize, int defaultSize, int maxSize, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (page is < 1 or > MaxPage)
        {
            errors["page"] = [string.Create(CultureInfo.InvariantCulture, $"page（ページ番号）は1から{MaxPage}までで指定してください。")];
        }

        if (pageSize is < 1 || pageSize > maxSize)
        {
            errors["pageSize"] = [string.Create(CultureInfo.InvariantCulture, $"pageSize（1ページの件数）は1から{maxSize}までで指定してください。")];
        }

        return (page ?? 1, pageSize ?? defaultSize);
    }

    /// <summary>Rows to skip: a long product, checked to fit (it always does within the bounds above).</summary>
    public static int Offset(int page, int size) => checked((page - 1) * size);
}
