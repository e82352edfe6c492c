namespace NewsArchive.Cli.Export;

/// <summary>Writes a finished export to stdout or to a file; a file is written beside and moved into place, never left half-done.</summary>
internal static class ExportOutput
{
    public static async Task WriteAsync(CliContext context, string content, FileInfo? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            await context.Console.Out.WriteAsync(content);
            await context.Console.Out.FlushAsync(cancellationToken);
            return;
        }
        var folder = file.Directory ?? new DirectoryInfo(".");
        if (!folder.Exists) throw new CliException($"The folder '{folder.FullName}' does not exist.");
        var temporary = Path.Combine(folder.FullName, $".{file.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, content, cancellationToken);
            File.Move(temporary, file.FullName, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        await context.Console.Error.WriteLineAsync($"wrote {file.FullName}");
    }
}
