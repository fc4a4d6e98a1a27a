using System.Reflection;

namespace StaticGen.Build;

/// <summary>
/// The GitHub Actions workflow that <c>staticgen init</c> writes into a new site
/// (<c>.github/workflows/pages.yml</c>): on every push to <c>main</c> it runs StaticGen's composite
/// action (<c>.github/actions/staticgen/action.yml</c> of StaticGen's repository), which checks out
/// the site with its full history, installs the tool, builds, runs <c>staticgen check</c>, keeps the
/// build state for the next run and uploads the Pages artifact; a second job deploys it.
/// </summary>
public static class PagesWorkflow
{
    /// <summary>Where the workflow is written, relative to the site folder.</summary>
    public const string RelativePath = ".github/workflows/pages.yml";

    /// <summary>The GitHub repository (owner/name) that holds StaticGen and its action.</summary>
    public const string ActionRepository = "staticgen/staticgen";

    /// <summary>The action as a workflow names it in <c>uses:</c>.</summary>
    public const string ActionReference = ActionRepository + "/.github/actions/staticgen@main";

    /// <summary>The tool's version (the package version, without build metadata): the workflow installs the StaticGen that wrote it.</summary>
    public static string ToolVersion { get; } = CurrentVersion();

    /// <summary>The workflow's text for a site whose build writes <paramref name="output"/> (relative to the site folder).</summary>
    public static string Render(string output) => $$$"""
        # Publishes this site on GitHub Pages on every push to main (written by `staticgen init`).
        # One-time setup on GitHub: Settings → Pages → Build and deployment → Source: "GitHub Actions".
        # The URL comes from GitHub Pages, so the same workflow serves https://USER.github.io/REPO/,
        # https://USER.github.io/ and a custom domain.
        name: Publish on GitHub Pages

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        # One deployment at a time; a newer push waits instead of cancelling one in progress.
        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              # Checks out the site with its full history (article dates from git), installs the
              # staticgen tool, builds the site, runs `staticgen check`, keeps the build state for the
              # next run (an unchanged page is not made again) and uploads the Pages artifact.
              - name: Build and check the site with StaticGen
                uses: {{{ActionReference}}}
                with:
                  version: "{{{ToolVersion}}}"
                  output: "{{{output}}}"
                  # args: "--drafts"   # more options for `staticgen build`

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - name: Deploy to GitHub Pages
                id: deployment
                uses: actions/deploy-pages@v4

        """;

    private static string CurrentVersion()
    {
        var version = typeof(PagesWorkflow).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
