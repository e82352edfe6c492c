using NewsArchive.Extraction;
using NewsArchive.Web.Components.Shared;

namespace NewsArchive.Web.Tests.Components.Shared;

public sealed class EntityLinksTests
{
    [Theory]
    [InlineData(EntityKind.Person, "/people/jane-doe")]
    [InlineData(EntityKind.Organization, "/organizations/jane-doe")]
    [InlineData(EntityKind.Place, "/places/jane-doe")]
    public void Puts_each_kind_under_its_own_folder(EntityKind kind, string expected) =>
        Assert.Equal(expected, EntityLinks.Href(kind, "jane-doe"));

    [Fact]
    public void Article_anchor_links_carry_the_full_path_not_a_bare_fragment() =>
        Assert.Equal("/articles/a-b#event-3", ArticleLinks.Event("a-b", 3));
}
