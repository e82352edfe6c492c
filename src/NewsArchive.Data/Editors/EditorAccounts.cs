using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data.Editors;

/// <summary>A failure worded for the person running the command.</summary>
public sealed class EditorAccountException(string message) : Exception(message);

/// <summary>Adds, lists and removes editors; what `newsarchive editor` does, also used by tests to set up a sign-in.</summary>
public sealed class EditorAccounts(EditorsDbContext db, UserManager<IdentityUser> users)
{
    /// <summary>Brings the editors' tables up to date; separate from the archive's migrations.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
        => await db.Database.MigrateAsync(cancellationToken);

    /// <summary>Creates an editor whose user name is the email address.</summary>
    public async Task AddAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        email = email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
            throw new EditorAccountException($"An editor with the email '{email}' already exists.");
        var result = await users.CreateAsync(new IdentityUser { UserName = email, Email = email, EmailConfirmed = true }, password);
        if (!result.Succeeded)
            throw new EditorAccountException(string.Join(' ', result.Errors.Select(e => e.Description)));
    }

    /// <summary>Every editor's email, in order.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default)
        => await db.Users.AsNoTracking().OrderBy(u => u.NormalizedEmail).Select(u => u.Email ?? u.UserName ?? u.Id).ToListAsync(cancellationToken);

    /// <summary>Deletes the editor; their open sessions stop at the next security stamp check.</summary>
    public async Task RemoveAsync(string email, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(email.Trim())
            ?? throw new EditorAccountException($"There is no editor with the email '{email.Trim()}'.");
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded)
            throw new EditorAccountException(string.Join(' ', result.Errors.Select(e => e.Description)));
    }
}
