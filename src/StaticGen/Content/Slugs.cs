using System.Globalization;
using System.Text;

namespace StaticGen.Content;

/// <summary>URL slugs: lower case, ASCII where a Latin letter has an ASCII base, words joined by hyphens.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    public static string Slugify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var original in text)
        {
            if (LatinFolding.IsCombining(original) || CharUnicodeInfo.GetUnicodeCategory(original) == UnicodeCategory.NonSpacingMark) continue;
            var c = LatinFolding.Base(original);
            var replacement = c switch
            {
                'ß' => "ss",
                'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe",
                'ø' or 'Ø' => "o",
                'ł' or 'Ł' => "l",
                'đ' or 'Đ' => "d",
                'ð' or 'Ð' => "d",
                'þ' or 'Þ' => "th",
                'ı' => "i",
                '&' => "and",
                _ => null,
            };
            if (replacement is null && !char.IsLetterOrDigit(c))
            {
                // Apostrophes join ("Putin's" → "putins"); everything else separates words.
                if (c is not ('\'' or '’' or '‘')) pendingHyphen = sb.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                sb.Append('-');
                pendingHyphen = false;
            }

            if (replacement is not null)
            {
                if (c == '&')
                {
                    if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
                    sb.Append(replacement);
                    pendingHyphen = true;
                    continue;
                }

                sb.Append(replacement);
            }
            else
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        var slug = sb.ToString();
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = cut > MaxLength / 2 ? slug[..cut] : slug[..MaxLength].TrimEnd('-');
        }

        return slug;
    }
}
