using Spectre.Console;

namespace NewsArchive.Cli;

/// <summary>A Spectre console over the command's output: colours and live widgets only on a terminal.</summary>
internal static class SpectreOutput
{
    public static IAnsiConsole For(CliConsole console) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(console.Out),
        Ansi = console.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = console.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = console.IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
    });
}
