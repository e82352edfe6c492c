using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>
/// A spokesperson named by the kind of body ("a force spokesperson"), by a noun set beside a name ("a spokesperson
/// for the charity Acme"), and unnamed people who stop a pronoun or a name from being the speaker; every sentence
/// is invented.
/// </summary>
public class SpeakerAttributorKindAndAnonymityTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Gives_a_force_spokesperson_to_the_police_named_by_its_own_name()
    {
        var entities = KnownEntities(Organization("Wessex Constabulary"), Person("Dana Holt", ["Holt"]));
        var quotes = Quotes(entities,
            "Dana Holt, 44, was arrested at the scene.",
            "Wessex Constabulary confirmed the arrest on Friday. A force spokesperson said: \"Our inquiries are continuing and we would ask anyone with footage to come forward.\"");
        Assert.Equal([("Our inquiries are continuing and we would ask anyone with footage to come forward.", "Wessex Constabulary")], quotes);
    }

    [Fact]
    public void Gives_a_spokesperson_of_a_kind_no_body_in_the_article_has_to_the_body_the_sentence_before_opened_with()
    {
        var entities = KnownEntities(Organization("Department for Rural Affairs"), Person("Owen Price", ["Price"]));
        var quotes = Quotes(entities,
            "Owen Price, who farms near the river, said the compensation came too late.",
            "The Department for Rural Affairs said payments would begin in the spring. A government spokesman said: \"We have listened to farmers and we will keep the scheme under review.\"");
        Assert.Equal([("We have listened to farmers and we will keep the scheme under review.", "Department for Rural Affairs")], quotes);
    }

    [Fact]
    public void Keeps_a_council_spokesperson_with_the_council_not_the_company_the_sentence_before_opened_with()
    {
        var entities = KnownEntities(Organization("Brackley Homes"), Organization("Nettleford District Council"));
        var quotes = Quotes(entities,
            "Nettleford District Council refused the plans in March.",
            "Brackley Homes said it would appeal. A council spokesperson said: \"The application was judged on its merits.\"");
        Assert.Equal([("The application was judged on its merits.", "Nettleford District Council")], quotes);
    }

    [Fact]
    public void Gives_the_spokesperson_said_to_the_body_named_after_its_kind_noun_when_introduced()
    {
        var entities = KnownEntities(Organization("Harwick Police"), Organization("Safe Streets Now"));
        var quotes = Quotes(entities,
            "Harwick Police said the driver had been charged.",
            "A spokesperson for the charity Safe Streets Now said the case showed the need for more cameras.",
            "\"Every week we hear from families who have lost someone on these roads,\" the spokesperson said.");
        Assert.Equal([("Every week we hear from families who have lost someone on these roads,", "Safe Streets Now")], quotes);
    }

    [Fact]
    public void Keeps_an_unnamed_aide_modified_by_a_body_null()
    {
        var entities = KnownEntities(Organization("Senate"), Person("Paula Hendry", ["Hendry"]));
        var quotes = Quotes(entities,
            "Paula Hendry said the talks had stalled. \"We are nowhere near a deal,\" she said.",
            "One senior Senate Democratic aide, who spoke on condition of anonymity, said negotiators were \"bracing for a long weekend\" and had cancelled travel.");
        Assert.Equal([("We are nowhere near a deal,", "Paula Hendry"), ("bracing for a long weekend", null)], quotes);
    }

    [Fact]
    public void Keeps_an_unnamed_aide_before_a_colon_null()
    {
        var entities = KnownEntities(Organization("Senate"), Person("Paula Hendry", ["Hendry"]));
        var quotes = Quotes(entities,
            "Paula Hendry said the talks had stalled.",
            "A Senate Democratic aide was more direct: \"Nobody in our caucus wants to vote on this twice.\"");
        Assert.Equal([("Nobody in our caucus wants to vote on this twice.", null)], quotes);
    }

    [Fact]
    public void Gives_he_after_an_anonymous_worker_named_beside_a_street_to_nobody()
    {
        var entities = KnownEntities(Person("Corbin Lane", ["Lane"]), Person("Rufus Mayhew", ["Mayhew"]));
        var quotes = Quotes(entities,
            "Rufus Mayhew, 70, said he had not had power since Sunday.",
            "A crew member from an Ohio contractor working on Corbin Lane, who asked not to be identified, said the damage was the worst he had seen. \"Every line on this street is down,\" he said.");
        Assert.Equal([("Every line on this street is down,", null)], quotes);
    }

    [Fact]
    public void Gives_the_spokesperson_said_to_the_body_introduced_when_a_later_person_is_some_party_spokesperson()
    {
        var entities = KnownEntities(
            Organization("Westmere Hospitals Group"), Person("Niall Cready", ["Cready"], ["Labour health spokesperson"]));
        var quotes = Quotes(entities,
            "A spokesperson for Westmere Hospitals Group said it regretted the delays.",
            "\"Our staff are doing everything they can to see the sickest patients first,\" the spokesperson said.",
            "Labour health spokesperson Niall Cready said the figures were \"nothing short of a national disgrace\".");
        Assert.Equal([("Our staff are doing everything they can to see the sickest patients first,", "Westmere Hospitals Group"),
            ("nothing short of a national disgrace", "Niall Cready")], quotes);
    }

    [Fact]
    public void Gives_a_spokesman_for_the_mayor_to_the_mayor()
    {
        var entities = KnownEntities(Person("Denise Farrow", ["Mayor Denise Farrow", "Farrow"], ["Mayor"]), Organization("City Council"));
        var quotes = Quotes(entities,
            "Mayor Denise Farrow has backed the plan since her election.",
            "A spokesman for the mayor said in a statement that Farrow \"will keep fighting for every household in this city\" and would meet council leaders.");
        Assert.Equal([("will keep fighting for every household in this city", "Denise Farrow")], quotes);
    }

    [Fact]
    public void Keeps_a_participle_whose_subject_is_members_a_party_only_modifies_null()
    {
        var entities = KnownEntities(Organization("Labour"), Person("Helen Marsh", ["Marsh"], ["Housing Secretary"]));
        var quotes = Quotes(entities,
            "On Monday, 30 Labour MPs wrote to the Housing Secretary, Helen Marsh, warning that the cap would \"push thousands of families into temporary accommodation\".");
        Assert.Equal([("push thousands of families into temporary accommodation", null)], quotes);
    }

    [Fact]
    public void Still_gives_a_participle_to_a_body_that_opens_the_sentence_as_its_subject()
    {
        var entities = KnownEntities(Organization("Labour"), Person("Helen Marsh", ["Marsh"], ["Housing Secretary"]));
        var quotes = Quotes(entities,
            "Labour wrote to the Housing Secretary, Helen Marsh, on Monday, warning that the cap would \"push thousands of families into temporary accommodation\".");
        Assert.Equal([("push thousands of families into temporary accommodation", "Labour")], quotes);
    }

    [Fact]
    public void Gives_he_after_an_unnamed_woman_who_told_an_officer_to_the_officer()
    {
        var entities = KnownEntities(Person("Ravi Patel", ["Sgt Ravi Patel", "Patel"], ["Sergeant"]));
        var quotes = Quotes(entities,
            "A woman who saw the crash told Sgt Ravi Patel that the car had been speeding. \"We will be going through every camera on this road,\" he said.");
        Assert.Equal([("We will be going through every camera on this road,", "Ravi Patel")], quotes);
    }
}
