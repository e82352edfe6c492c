using NewsArchive.Cli;

return await CliApp.RunAsync(args, CliConsole.Standard(), CliConfiguration.Load());
