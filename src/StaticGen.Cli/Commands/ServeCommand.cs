using System.CommandLine;
using System.Net;
using StaticGen.Build;
using StaticGen.Cli.Serve;

namespace StaticGen.Cli.Commands;

/// <summary><c>staticgen serve</c>: builds the site in memory, serves it, rebuilds what changed and reloads open pages.</summary>
internal static class ServeCommand
{
    /// <summary>The port when none is given.</summary>
    public const int DefaultPort = 8080;

    public static Command Create(CliContext cli)
    {
        var config = new Option<FileInfo?>("--config", "-c") { Description = "The site config file (default: site.config.yml in the current folder)." };
        var port = new Option<int?>("--port", "-p") { Description = $"The port to listen on (default: {DefaultPort}; 0: any free port)." };
        var host = new Option<string?>("--host") { Description = "The address to listen on (default: 127.0.0.1, this machine only)." };
        var baseUrl = new Option<Uri?>("--base-url") { Description = "Build for this URL instead of http://HOST:PORT/ with the config's base path.", CustomParser = CliParsers.AbsoluteUrl };
        var drafts = new Option<bool>("--drafts") { Description = "Include articles marked draft: true." };
        var future = new Option<bool>("--future") { Description = "Include articles dated in the future." };
        port.Validators.Add(result =>
        {
            if (result.GetValue(port) is < 0 or > 65535) result.AddError("--port must be a number from 0 to 65535");
        });
        host.Validators.Add(result =>
        {
            if (result.GetValue(host) is { } value && value != "localhost" && !IPAddress.TryParse(value, out _))
            {
                result.AddError($"--host '{value}' is not an IP address such as 127.0.0.1 (or localhost)");
            }
        });

        var command = new Command("serve", "Build the site in memory and serve it; rebuild what changes in content/, templates/ and the config, and reload open pages.")
        {
            config, port, host, baseUrl, drafts, future,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var console = cli.ConsoleFor(parse);
            var configFile = parse.GetValue(config);
            var options = new BuildOptions
            {
                SiteRoot = configFile?.DirectoryName ?? Directory.GetCurrentDirectory(),
                ConfigPath = configFile?.FullName,
                IncludeDrafts = parse.GetValue(drafts),
                IncludeFuture = parse.GetValue(future),
                SourceDateEpoch = CliParsers.SourceDateEpoch(),
            };

            var address = parse.GetValue(host) ?? "127.0.0.1";
            var portNumber = parse.GetValue(port) ?? DefaultPort;
            if (address != "localhost" && !IPAddress.IsLoopback(IPAddress.Parse(address)))
            {
                console.Info($"Listening on {address}: other machines on the network can see the site.");
            }

            DevServer server;
            try
            {
                server = await DevServer.StartAsync(options, address, portNumber, parse.GetValue(baseUrl), console, cancellationToken);
            }
            catch (IOException e)
            {
                console.Failure($"cannot listen on {address}:{portNumber}: {e.Message.TrimEnd('.')}; choose another port with --port");
                return 1;
            }
            catch (OperationCanceledException)
            {
                return 0;
            }

            await using (server)
            {
                console.Result($"Serving {server.Url.AbsoluteUri} (Ctrl+C to stop)");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                }
            }

            return 0;
        });
        return command;
    }
}
