using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsArchive.Data.Editors;
using Spectre.Console;

namespace NewsArchive.Cli.Commands;

/// <summary>`editor add|list|remove`: the people who may sign in to the web app and write to the archive.</summary>
internal static class EditorCommand
{
    /// <summary>Where `editor add` looks for the password when --password is not given (before stdin and a prompt).</summary>
    public const string PasswordVariable = "NEWSARCHIVE_EDITOR_PASSWORD";

    public static Command Create(CliContext context)
    {
        var command = new Command("editor", "Add, list or remove the editors who may sign in and write to the archive.");
        command.Add(Add(context));
        command.Add(List(context));
        command.Add(Remove(context));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var email = new Argument<string>("email") { Description = "The editor's email address; also their user name." };
        var password = new Option<string?>("--password")
        {
            Description = $"The password (visible in the process list; prefer {PasswordVariable}, stdin or the prompt).",
        };
        var command = new Command("add", $"Add an editor. The password comes from --password, {PasswordVariable}, stdin, or a prompt that does not echo.")
        {
            email, password,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var address = parsed.GetValue(email)!;
            var secret = parsed.GetValue(password) ?? ReadPassword(context);
            await WithAccountsAsync(context, accounts => accounts.AddAsync(address, secret, cancellationToken), cancellationToken);
            context.Console.Out.WriteLine($"Added editor {address.Trim()}.");
            return CliApp.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List the editors' email addresses.");
        command.SetAction(async (_, cancellationToken) =>
        {
            IReadOnlyList<string> editors = [];
            await WithAccountsAsync(context, async accounts => editors = await accounts.ListAsync(cancellationToken), cancellationToken);
            if (editors.Count == 0) context.Console.Error.WriteLine("No editors yet; add one with 'newsarchive editor add <email>'.");
            foreach (var editor in editors) context.Console.Out.WriteLine(editor);
            return CliApp.Success;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var email = new Argument<string>("email") { Description = "The editor to remove." };
        var command = new Command("remove", "Remove an editor; they can no longer sign in.") { email };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var address = parsed.GetValue(email)!;
            await WithAccountsAsync(context, accounts => accounts.RemoveAsync(address, cancellationToken), cancellationToken);
            context.Console.Out.WriteLine($"Removed editor {address.Trim()}.");
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Runs <paramref name="work"/> over the editors' tables, migrated first; an account problem becomes one line.</summary>
    private static async Task WithAccountsAsync(CliContext context, Func<EditorAccounts, Task> work, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddEditors(context.Configuration);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<EditorAccounts>();
        await accounts.MigrateAsync(cancellationToken);
        try
        {
            await work(accounts);
        }
        catch (EditorAccountException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>The environment variable, else a line from piped stdin, else a prompt that shows nothing typed.</summary>
    private static string ReadPassword(CliContext context)
    {
        if (context.Configuration[PasswordVariable] is { Length: > 0 } fromEnvironment) return fromEnvironment;
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine() is { Length: > 0 } piped
                ? piped
                : throw new CliException($"no password: pass --password, set {PasswordVariable}, or pipe it on stdin.");
        }
        return AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret(null));
    }
}
