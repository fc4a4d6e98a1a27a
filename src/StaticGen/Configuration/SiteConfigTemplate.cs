using System.Text.Encodings.Web;
using System.Text.Json;

namespace StaticGen.Configuration;

/// <summary>
/// The <c>site.config.yml</c> that <c>staticgen init</c> writes: the keys a new site sets, and the
/// others commented out with their defaults or an example, so the file documents itself. Pure text;
/// the caller writes it.
/// </summary>
public static class SiteConfigTemplate
{
    /// <summary>The config file for a new site called <paramref name="title"/>, published at <paramref name="baseUrl"/>.</summary>
    public static string Render(string title, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(baseUrl);
        return $$"""
            # StaticGen site configuration. Every key is optional; the guide (docs/content/configuration.md) describes them all.
            # Lines starting with '#' are comments: remove the '#' to use a setting.

            title: {{Quoted(title)}}
            description: ""
            # The URL the site is published at, with its sub-path if it has one, e.g.
            # https://user.github.io/repo/ (staticgen build --base-url overrides it).
            baseUrl: {{Quoted(baseUrl.AbsoluteUri)}}
            language: en
            # The default author, for feeds.
            #author: The Newsroom
            # Articles per listing page (home, tags, countries).
            pageSize: 10
            # A custom domain for GitHub Pages, written to CNAME.
            #cname: news.example.org

            # Folders, relative to this file. Files in templates/ override the built-in theme, one by one.
            #paths:
            #  content: content
            #  templates: templates
            #  static: static      # files published as they are (favicon.ico, .well-known/)
            #  output: _site

            # Extra names for countries (alias: ISO code or name); detect: false turns country detection off.
            #countries:
            #  aliases: { Blighty: GB }
            #  detect: true

            # Tags are the people and organisations an article names.
            #tags:
            #  detect: true
            #  max: 10
            #  stop: [Reuters, AFP]
            #  aliases: { EU: European Union }
            #  rules: { sanctions: Sanctions }

            # Numeric dates in raw articles that both orders could read (05/06/2024): mdy, dmy or ymd.
            #dates:
            #  order: mdy

            # Extra boilerplate lines dropped from raw scraped articles (regular expressions, whole line).
            #cleanup:
            #  boilerplate: ["Sponsored by .*"]

            # Page furniture in raw articles: a short line in 3 other raw files (and 1% of them) is dropped.
            #reader:
            #  furniture: ["Tap here for the evening bulletin"]
            #  keep: ["Thanks for reading .*"]
            #  repeatThreshold: 3
            #  repeatShare: 1%

            # The navigation, in order (default: Latest, Countries, Topics, Search). A url is a path in the
            # site (/about/: an article with 'type: page' and 'slug: about') or an http(s) address.
            #menu: [{ name: Latest, url: / }, { name: About us, url: /about/ }]

            # Your own values for your templates, as site.params (site.params.newsletter).
            #params:
            #  newsletter: https://news.example.org/letters

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>A YAML double-quoted scalar. YAML's double-quoted style is a superset of a JSON string, so JSON's escaping is valid YAML.</summary>
    private static string Quoted(string value) =>
        '"' + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + '"';
}
