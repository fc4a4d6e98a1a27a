using System.CommandLine.Parsing;
using System.Globalization;

namespace StaticGen.Cli;

/// <summary>Parsing of option values and environment settings shared by commands.</summary>
internal static class CliParsers
{
    public static Uri? AbsoluteUrl(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri.TrimEnd('/') + "/");
        }

        result.AddError($"{OptionName(result)}'{text}' is not an absolute http(s) URL such as https://user.github.io/repo/");
        return null;
    }

    /// <summary>A base path such as <c>/repo/</c>: starts with '/', no query or fragment; a missing final '/' is added.</summary>
    public static string? BasePath(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal) && text.IndexOfAny(['?', '#', '\\', ' ']) < 0)
        {
            return text.EndsWith('/') ? text : text + "/";
        }

        result.AddError($"{OptionName(result)}'{text}' is not a base path such as / or /repo/");
        return null;
    }

    /// <summary>"--base-url: ", so that a usage error printed alone says which option it is about.</summary>
    private static string OptionName(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name + ": " : "";

    /// <summary>The reproducible-builds date (<c>SOURCE_DATE_EPOCH</c>, seconds since 1970), when set.</summary>
    public static DateTimeOffset? SourceDateEpoch()
    {
        var value = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        // A value that is not a date StaticGen can hold (year 1 to 9999) counts as unset, like a non-number.
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds is >= -62135596800 and <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    /// <summary>A path as a user passes it on: relative to the current folder when inside it, else absolute.</summary>
    public static string PathFromHere(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
