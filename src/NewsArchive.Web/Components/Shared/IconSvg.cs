using Microsoft.AspNetCore.Components;

namespace NewsArchive.Web.Components.Shared;

/// <summary>
/// A MudBlazor icon as inline SVG, written straight into the render tree instead of a MudIcon component per icon
/// (every component stays in memory for each open circuit). The icon is one of MudBlazor's constant path strings,
/// never text from an article, so it may go in as markup.
/// </summary>
public static class IconSvg
{
    public static RenderFragment For(string icon, string sizeClass, string? extraClass = null) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", extraClass is null ? $"mud-icon-root mud-svg-icon {sizeClass}" : $"mud-icon-root mud-svg-icon {sizeClass} {extraClass}");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
    };
}
