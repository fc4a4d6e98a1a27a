using System.CommandLine;
using System.Globalization;
using StaticGen.Checking;

namespace StaticGen.Cli.Commands;

/// <summary><c>staticgen check [DIR]</c>: checks a built site offline and prints each problem as <c>page: problem</c>.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext cli)
    {
        var directory = new Argument<DirectoryInfo?>("DIR") { Description = "The built site (default: paths.output of the config, _site).", Arity = ArgumentArity.ZeroOrOne };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "The site config whose baseUrl and paths.output to use (default: site.config.yml in the current folder, when there is one)." };
        var baseUrl = new Option<Uri?>("--base-url") { Description = "The URL the site was built for, e.g. https://user.github.io/repo/ (wins over the config).", CustomParser = CliParsers.AbsoluteUrl };
        var basePath = new Option<string?>("--base-path") { Description = "Check paths only, under this base path, e.g. /repo/ (when the host is not known).", CustomParser = CliParsers.BasePath };

        var command = new Command("check", "Check a built site offline: every internal link, image, stylesheet, script and #fragment resolves, and feeds and sitemap are well-formed and point inside the site.")
        {
            directory, config, baseUrl, basePath,
        };

        command.SetAction((parse, cancellationToken) => Task.Run(() =>
        {
            var console = cli.ConsoleFor(parse);
            var (options, diagnostics) = CheckOptions.Resolve(
                Directory.GetCurrentDirectory(), parse.GetValue(directory)?.FullName, parse.GetValue(config)?.FullName, parse.GetValue(baseUrl), parse.GetValue(basePath));
            console.Diagnostics(diagnostics);
            if (diagnostics.Any(static d => d.IsError)) return 2;

            var report = SiteChecker.Check(options, cancellationToken);
            foreach (var problem in report.Problems)
            {
                var where = problem.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {problem.Line}: ") : "";
                console.Result($"{problem.Path}: {where}{problem.Message}");
            }

            var against = report.SiteUrl?.AbsoluteUri ?? $"base path {report.BasePath}";
            var found = report.Problems.Count switch { 0 => "no problems", 1 => "1 problem", var n => $"{n} problems" };
            console.Info(string.Create(CultureInfo.InvariantCulture,
                $"Checked {Report.Count(report.Files, "file")} ({Report.Count(report.Pages, "page")}, {Report.Count(report.References, "reference")}) in {report.Directory} for {against}: {found}."));
            if (!report.Succeeded && report.DeclaredUrl is { } declared
                && (report.SiteUrl is { } site ? declared != site : declared.AbsolutePath != report.BasePath))
            {
                console.Info($"hint: the home page says the site is published at {declared.AbsoluteUri}; if it was built with --base-url, check it with the same --base-url.");
            }

            return report.Succeeded ? 0 : 1;
        }, CancellationToken.None));
        return command;
    }
}
