namespace NewsArchive.Web.Features.Preferences;

/// <summary>The reader's light/dark choice, cascaded from the router to the layout.</summary>
public sealed record ThemeChoice(bool Dark);
