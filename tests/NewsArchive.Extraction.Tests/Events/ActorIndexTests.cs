using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Events;

namespace NewsArchive.Extraction.Tests.Events;

public class ActorIndexTests
{
    private static ExtractedEntity Entity(EntityKind kind, string name, params TextSpan[] mentions) => new(kind, name, [], [], mentions);

    [Fact]
    public void Names_each_entity_once_in_the_order_of_its_first_listed_mention_inside_the_sentence()
    {
        // "Ann Lee" is mentioned twice in the span, the organization between her two mentions, the place before both.
        var lee = Entity(EntityKind.Person, "Ann Lee", new TextSpan(10, 17), new TextSpan(40, 43));
        var council = Entity(EntityKind.Organization, "Riverton Council", new TextSpan(25, 33));
        var town = Entity(EntityKind.Place, "Riverton", new TextSpan(2, 8), new TextSpan(90, 98));
        var index = new ActorIndex(new EntitySet([lee], [council], [town]));
        Assert.Equal(["Riverton", "Ann Lee", "Riverton Council"], index.NamesIn(new TextSpan(0, 50)));
    }

    [Fact]
    public void Leaves_out_mentions_that_only_overlap_the_sentence()
    {
        var lee = Entity(EntityKind.Person, "Ann Lee", new TextSpan(45, 55));
        var council = Entity(EntityKind.Organization, "Riverton Council", new TextSpan(20, 30));
        var index = new ActorIndex(new EntitySet([lee], [council], []));
        Assert.Equal(["Riverton Council"], index.NamesIn(new TextSpan(0, 50)));
        Assert.Empty(index.NamesIn(new TextSpan(60, 80)));
    }

    [Fact]
    public void Keeps_entity_order_for_two_entities_first_named_at_the_same_place()
    {
        // A person and an organization found on the same words: people come first, as the entity set lists them.
        var person = Entity(EntityKind.Person, "Jordan Vale", new TextSpan(5, 16));
        var organization = Entity(EntityKind.Organization, "Jordan Vale Ltd", new TextSpan(5, 16));
        var index = new ActorIndex(new EntitySet([person], [organization], []));
        Assert.Equal(["Jordan Vale", "Jordan Vale Ltd"], index.NamesIn(new TextSpan(0, 30)));
    }

    [Fact]
    public void Lists_a_name_shared_by_two_entities_once()
    {
        var first = Entity(EntityKind.Person, "Sam Reed", new TextSpan(0, 8));
        var second = Entity(EntityKind.Organization, "Sam Reed", new TextSpan(20, 28));
        var index = new ActorIndex(new EntitySet([first], [second], []));
        Assert.Equal(["Sam Reed"], index.NamesIn(new TextSpan(0, 40)));
    }
}
