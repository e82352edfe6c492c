using MudBlazor;

namespace NewsArchive.Web.Components.Layout;

/// <summary>The archive's look: a newsprint-like light palette and a calm dark one.</summary>
public static class ArchiveTheme
{
    public static MudTheme Instance { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#b23a48",
            AppbarBackground = "#16324f",
            AppbarText = "#ffffff",
            Background = "#fafaf7",
            Surface = "#ffffff",
            TextPrimary = "#1b1b1b",
            TextSecondary = "#4a4a4a",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4f8",
            Secondary = "#f28b82",
            AppbarBackground = "#111a24",
            Background = "#14171c",
            Surface = "#1d2128",
            TextPrimary = "#e8eaed",
            TextSecondary = "#b5bac1",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
