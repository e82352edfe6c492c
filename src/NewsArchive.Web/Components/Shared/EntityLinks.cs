using NewsArchive.Data.Common;
using NewsArchive.Extraction;

namespace NewsArchive.Web.Components.Shared;

/// <summary>Where each kind of entity has its page.</summary>
public static class EntityLinks
{
    public static string Href(EntityRef entity) => Href(entity.Kind, entity.Slug);

    public static string Href(EntityKind kind, string slug) => $"{Folder(kind)}/{Uri.EscapeDataString(slug)}";

    public static string Folder(EntityKind kind) => kind switch
    {
        EntityKind.Person => "/people",
        EntityKind.Organization => "/organizations",
        _ => "/places",
    };

    public static string Plural(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        _ => "Places",
    };
}
