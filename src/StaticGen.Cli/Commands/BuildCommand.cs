using System.CommandLine;
using StaticGen.Build;

namespace StaticGen.Cli.Commands;

/// <summary><c>staticgen build</c>: builds the site folder into its output folder.</summary>
internal static class BuildCommand
{
    public static Command Create(CliContext cli)
    {
        var config = new Option<FileInfo?>("--config", "-c") { Description = "The site config file (default: site.config.yml in the current folder)." };
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Write the site here instead of paths.output (default: _site)." };
        var baseUrl = new Option<Uri?>("--base-url") { Description = "Publish at this URL instead of baseUrl from the config, e.g. https://user.github.io/repo/.", CustomParser = CliParsers.AbsoluteUrl };
        var drafts = new Option<bool>("--drafts") { Description = "Include articles marked draft: true." };
        var future = new Option<bool>("--future") { Description = "Include articles dated in the future." };
        var strict = new Option<bool>("--strict") { Description = "Fail the build on any warning (for CI)." };
        var full = new Option<bool>("--full") { Description = "Make every file again, ignoring what the previous build left (by default only files whose inputs changed are made)." };
        var verify = new Option<bool>("--verify") { Description = "After the incremental build, build everything from scratch in a temporary folder and fail if any file differs." };
        var allowEmpty = new Option<bool>("--allow-empty") { Description = "Publish even when there is no article although the previous build of the output had some." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of the build took, and the peak memory." };

        var command = new Command("build", "Build the site into its output folder (atomically: a failed build leaves the previous output as it was).")
        {
            config, output, baseUrl, drafts, future, strict, full, verify, allowEmpty, timings,
        };

        // The token is cancelled on Ctrl+C or SIGTERM: the build stops and leaves the previous output as it was.
        command.SetAction((parse, cancellationToken) => Task.Run(() =>
        {
            var console = cli.ConsoleFor(parse);
            var configFile = parse.GetValue(config);
            var options = new BuildOptions
            {
                SiteRoot = configFile?.DirectoryName ?? Directory.GetCurrentDirectory(),
                ConfigPath = configFile?.FullName,
                OutputDirectory = parse.GetValue(output)?.FullName,
                BaseUrl = parse.GetValue(baseUrl),
                IncludeDrafts = parse.GetValue(drafts),
                IncludeFuture = parse.GetValue(future),
                Strict = parse.GetValue(strict),
                Full = parse.GetValue(full),
                Verify = parse.GetValue(verify),
                AllowEmpty = parse.GetValue(allowEmpty),
                SourceDateEpoch = CliParsers.SourceDateEpoch(),
            };

            var report = console.WithProgress(progress => SiteBuilder.Build(options with { Progress = progress }, cancellationToken));
            Report.Print(report, console, options.Strict);
            if (parse.GetValue(timings)) Report.PrintTimings(report, console);
            return report.Succeeded ? 0 : 1;
        }, CancellationToken.None));
        return command;
    }
}
