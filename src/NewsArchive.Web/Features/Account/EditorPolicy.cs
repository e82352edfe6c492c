namespace NewsArchive.Web.Features.Account;

/// <summary>The authorization policy every write needs: a signed-in editor (every Identity user here is one).</summary>
public static class EditorPolicy
{
    public const string Name = "Editor";
}
