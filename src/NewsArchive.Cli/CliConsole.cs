namespace NewsArchive.Cli;

/// <summary>Where a command writes, and whether a person is watching (live progress) or a pipe is (plain lines).</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    public static CliConsole Standard() => new(Console.Out, Console.Error, !Console.IsOutputRedirected);

    /// <summary>One line on stderr, the only thing a user sees when something is wrong.</summary>
    public void Fail(string message) => Error.WriteLine($"error: {message}");
}
