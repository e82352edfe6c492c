using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace NewsArchive.Cli.Tests.Commands;

public sealed class EditorCommandTests
{
    private const string GoodPassword = "correct horse battery";

    [Fact]
    public async Task Editor_add_then_list_shows_the_new_editor()
    {
        using var sandbox = new CliSandbox();

        var added = await sandbox.RunAsync("editor", "add", "ed@example.org", "--password", GoodPassword);
        var listed = await sandbox.RunAsync("editor", "list");

        Assert.Equal(0, added.ExitCode);
        Assert.Contains("Added editor ed@example.org", added.Out, StringComparison.Ordinal);
        Assert.Equal(0, listed.ExitCode);
        Assert.Equal(["ed@example.org"], listed.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Editor_add_stores_a_hash_and_never_the_password_or_echoes_it()
    {
        using var sandbox = new CliSandbox();

        var added = await sandbox.RunAsync("editor", "add", "ed@example.org", "--password", GoodPassword);

        Assert.Equal(0, added.ExitCode);
        Assert.DoesNotContain(GoodPassword, added.Out + added.Error, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={sandbox.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT PasswordHash FROM Editors";
        var hash = (string)(await command.ExecuteScalarAsync())!;
        Assert.False(string.IsNullOrEmpty(hash));
        Assert.DoesNotContain(GoodPassword, hash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_add_reads_the_password_from_the_environment_variable_when_no_option_is_given()
    {
        using var sandbox = new CliSandbox();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Archive"] = $"Data Source={sandbox.DatabasePath}",
            ["NEWSARCHIVE_EDITOR_PASSWORD"] = GoodPassword,
        }).Build();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["editor", "add", "env@example.org"], new CliConsole(output, error, IsTerminal: false), configuration);
        var listed = await sandbox.RunAsync("editor", "list");

        Assert.Equal(0, code);
        Assert.Contains("env@example.org", listed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_add_refuses_a_short_password_with_one_line_and_adds_nobody()
    {
        using var sandbox = new CliSandbox();

        var added = await sandbox.RunAsync("editor", "add", "ed@example.org", "--password", "short");
        var listed = await sandbox.RunAsync("editor", "list");

        Assert.Equal(1, added.ExitCode);
        Assert.StartsWith("error: ", added.Error, StringComparison.Ordinal);
        Assert.Contains("at least 12 characters", added.Error, StringComparison.Ordinal);
        Assert.Single(added.Error.Trim().Split('\n'));
        Assert.Equal(string.Empty, listed.Out.Trim());
    }

    [Fact]
    public async Task Editor_add_refuses_an_email_that_is_already_an_editor()
    {
        using var sandbox = new CliSandbox();
        await sandbox.RunAsync("editor", "add", "ed@example.org", "--password", GoodPassword);

        var again = await sandbox.RunAsync("editor", "add", "ED@example.org", "--password", GoodPassword);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_remove_takes_the_editor_off_the_list()
    {
        using var sandbox = new CliSandbox();
        await sandbox.RunAsync("editor", "add", "ed@example.org", "--password", GoodPassword);
        await sandbox.RunAsync("editor", "add", "other@example.org", "--password", GoodPassword);

        var removed = await sandbox.RunAsync("editor", "remove", "ed@example.org");
        var listed = await sandbox.RunAsync("editor", "list");

        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(["other@example.org"], listed.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Editor_remove_of_an_unknown_email_fails_with_a_clear_message()
    {
        using var sandbox = new CliSandbox();

        var removed = await sandbox.RunAsync("editor", "remove", "nobody@example.org");

        Assert.Equal(1, removed.ExitCode);
        Assert.Equal("error: There is no editor with the email 'nobody@example.org'.", removed.Error.Trim());
    }

    [Fact]
    public async Task Editors_and_articles_share_one_database_file_with_separate_migration_histories()
    {
        using var sandbox = new CliSandbox();
        await sandbox.RunAsync("editor", "add", "ed@example.org", "--password", GoodPassword);
        var ingested = await sandbox.RunAsync("ingest", CliSandbox.SeedFolder);

        Assert.Equal(0, ingested.ExitCode);
        await using var connection = new SqliteConnection($"Data Source={sandbox.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM __EditorsMigrationsHistory), (SELECT COUNT(*) FROM __EFMigrationsHistory), (SELECT COUNT(*) FROM Articles), (SELECT COUNT(*) FROM Editors)";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.True(reader.GetInt32(0) >= 1);
        Assert.True(reader.GetInt32(1) >= 1);
        Assert.Equal(1, reader.GetInt32(2));
        Assert.Equal(1, reader.GetInt32(3));
    }
}
