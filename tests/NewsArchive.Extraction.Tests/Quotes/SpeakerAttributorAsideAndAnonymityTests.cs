using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Asides between a subject and its cue (participle phrases, relative clauses, appositives) and anonymous
/// sources whose phrase a name only modifies; every sentence here is invented.</summary>
public class SpeakerAttributorAsideAndAnonymityTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Leaves_an_anonymous_official_null_past_a_participle_phrase_even_when_an_organization_modifies_the_noun()
    {
        var entities = KnownEntities(Organization("European Union", "EU"));
        var quotes = Quotes(entities,
            "A senior EU official, briefing reporters on condition of anonymity, said the two capitals had been \"offered a great deal of reassurance\" on the terms.");
        Assert.Equal([("offered a great deal of reassurance", (string?)null)], quotes);
    }

    [Fact]
    public void Leaves_he_null_after_an_anonymous_voter_behind_an_opening_phrase_who_named_someone_in_what_he_said()
    {
        var entities = KnownEntities(Person("Dana Whitcroft", ["Whitcroft"]));
        var quotes = Quotes(entities,
            "Dana Whitcroft won the council seat by 212 votes.",
            "Outside the library on Elm Street on Tuesday, a retired bus driver who declined to give his name said he had backed Whitcroft reluctantly. \"Nobody else turned up to ask for my vote,\" he said.");
        Assert.Equal((string?)null, quotes[^1].Speaker);
    }

    [Fact]
    public void Gives_a_bare_indefinite_spokesman_to_the_body_before_not_to_a_spokesman_named_later()
    {
        var entities = KnownEntities(Organization("Network Rail"), Organization("Rail Freight Group"),
            Person("Alan Pettigrew", ["Pettigrew"], ["Rail Freight Group spokesman"]));
        var quotes = Quotes(entities,
            "Network Rail said the line would reopen on Monday.",
            "A spokesman said: \"Engineers have worked through the night to repair the damage.\"",
            "Rail Freight Group spokesman Alan Pettigrew said the closure had cost members \"a great deal of money\".");
        Assert.Equal("Network Rail", quotes[0].Speaker);
    }

    [Fact]
    public void Gives_the_spokesperson_to_the_body_that_introduced_one_not_to_a_spokesperson_named_later()
    {
        var entities = KnownEntities(Organization("Ofwat"), Organization("Consumer Water Forum"),
            Person("Nina Castell", ["Castell"], ["spokesperson"]));
        var quotes = Quotes(entities,
            "An Ofwat spokesperson said the fines were under review.",
            "\"We expect every company to meet its targets,\" the spokesperson said.",
            "Nina Castell, a spokesperson for the Consumer Water Forum, said the fines were \"far too low\".");
        Assert.Equal("Ofwat", quotes[0].Speaker);
    }

    [Fact]
    public void Gives_an_agency_spokesperson_to_the_agency_the_passage_is_about_past_a_sentence_naming_none()
    {
        var entities = KnownEntities(Organization("Environment Agency"), Organization("Harwell Chemicals"));
        var quotes = Quotes(entities,
            "Harwell Chemicals has closed its Selby works. The Environment Agency said it had found solvent in the river. Officers from the agency took samples on Friday.",
            "\"We will publish the results as soon as we have them,\" an agency spokesperson said.");
        Assert.Equal("Environment Agency", quotes[^1].Speaker);
    }

    [Fact]
    public void Keeps_a_spokesperson_for_the_organization_that_modifies_the_noun_past_a_participle_phrase()
    {
        var entities = KnownEntities(Organization("European Union", "EU"));
        var quotes = Quotes(entities,
            "An EU spokeswoman, speaking in Brussels, said: \"The offer remains on the table for now.\"");
        Assert.Equal([("The offer remains on the table for now.", "European Union")], quotes);
    }

    [Fact]
    public void Resolves_he_after_an_anonymous_worker_whose_phrase_a_surname_modifies_to_nobody()
    {
        var entities = KnownEntities(Person("Alasdair Frew", ["Frew"], ["founder"]), Organization("Frew Marine"));
        var quotes = Quotes(entities,
            "Frew Marine was founded in 1998 by the late Alasdair Frew.",
            "One Frew engineer, who has worked at the yard for a decade and asked not to be named, told the paper the mood was grim.",
            "\"Nobody knows what happens after Christmas. We have mortgages to pay,\" he said.");
        Assert.Equal([("Nobody knows what happens after Christmas. We have mortgages to pay,", (string?)null)], quotes);
    }

    [Fact]
    public void Attributes_past_a_relative_clause_that_ends_in_a_relative_named_in_apposition()
    {
        var entities = KnownEntities(Person("Morag Tulloch", ["Tulloch", "Mrs Tulloch"]), Person("Ewan", []));
        var quotes = Quotes(entities,
            "Sheep farmer Morag Tulloch, who runs 400 ewes near Lairg with her husband, Ewan, said the decision was \"a slap in the face for every hill farm\".");
        Assert.Equal([("a slap in the face for every hill farm", "Morag Tulloch")], quotes);
    }

    [Fact]
    public void Attributes_to_a_relative_named_in_apposition_when_the_relation_opens_the_clause()
    {
        var entities = KnownEntities(Person("Morag Tulloch", ["Tulloch"]), Person("Ewan Tulloch", ["Ewan"]));
        var quotes = Quotes(entities,
            "Morag Tulloch died in March. Her son, Ewan Tulloch, said she had been \"the heart of the whole glen for forty years\".");
        Assert.Equal([("the heart of the whole glen for forty years", "Ewan Tulloch")], quotes);
    }

    [Fact]
    public void Resolves_she_to_the_unknown_gender_subject_rather_than_a_gendered_name_in_a_participle_aside()
    {
        var entities = KnownEntities(Person("Idony Castellane", ["Castellane", "Attorney Idony Castellane"]), Person("Maria Brandt", ["Brandt"]));
        var quotes = Quotes(entities,
            "Attorney Idony Castellane, representing Brandt, argued that the envelopes should count. \"These voters did nothing wrong,\" she said.");
        Assert.Equal([("These voters did nothing wrong,", "Idony Castellane")], quotes);
    }

    [Fact]
    public void Resolves_she_to_a_gendered_name_coordinated_with_an_unknown_gender_subject()
    {
        var entities = KnownEntities(Person("Idony Castellane", ["Castellane"]), Person("Maria Brandt", ["Brandt"]));
        var quotes = Quotes(entities,
            "Idony Castellane and Maria Brandt opened the bakery in 2019. \"We almost closed twice,\" she said.");
        Assert.Equal([("We almost closed twice,", "Maria Brandt")], quotes);
    }

    [Fact]
    public void Attributes_to_an_organization_past_an_appositive_whose_relative_clause_names_people()
    {
        var entities = KnownEntities(Organization("Harrowfield Dockers Union"));
        var quotes = Quotes(entities,
            "The Harrowfield Dockers Union, the union that represents the port's workers, said the deal was \"a betrayal of everyone on the quay\".");
        Assert.Equal([("a betrayal of everyone on the quay", "Harrowfield Dockers Union")], quotes);
    }

    [Fact]
    public void Attributes_to_an_organization_past_a_plain_descriptive_appositive()
    {
        var entities = KnownEntities(Organization("Cledwyn Watch"));
        var quotes = Quotes(entities,
            "Cledwyn Watch, the independent body for patients in the valleys, said families \"deserve a service they can rely on\".");
        Assert.Equal([("deserve a service they can rely on", "Cledwyn Watch")], quotes);
    }

    [Fact]
    public void Resolves_she_to_a_landlady_whose_given_name_the_lists_file_as_male()
    {
        var entities = KnownEntities(Person("Charlie Pendlebury", ["Pendlebury"]), Organization("Ouse Valley Rescue"));
        var quotes = Quotes(entities,
            "Ouse Valley Rescue said crews would stay out overnight.",
            "Standing in the flooded bar of the Ferry Inn, landlady Charlie Pendlebury said she had carried everything upstairs.",
            "\"It came up faster than last time,\" she said.");
        Assert.Equal([("It came up faster than last time,", "Charlie Pendlebury")], quotes);
    }

    [Fact]
    public void Keeps_a_title_gender_when_a_gendered_noun_agrees()
    {
        var entities = KnownEntities(Person("Robin Askew", ["Askew", "Mr Askew"]), Person("Sandra Askew", ["Sandra", "Mrs Askew"]));
        var quotes = Quotes(entities,
            "Sandra Askew and her husband Robin Askew lost the shop in the flood.",
            "\"We will rebuild,\" Mr Askew said.");
        Assert.Equal([("We will rebuild,", "Robin Askew")], quotes);
    }

    [Fact]
    public void Gives_the_report_and_inspectors_to_the_body_a_rating_verb_names_a_few_words_on()
    {
        var entities = KnownEntities(Organization("Ofsted"), Organization("Moorside Academy"));
        var quotes = Quotes(entities,
            "A secondary school in Burnley has been rated 'good' in every category by Ofsted, two years after it failed.",
            "Moorside Academy was judged 'inadequate' in 2024.",
            "The report, published yesterday, says pupils now \"feel safe and are proud of their school\".",
            "Inspectors wrote: \"Leaders know the school's strengths and act on its weaknesses.\"");
        Assert.Equal([("feel safe and are proud of their school", "Ofsted"), ("Leaders know the school's strengths and act on its weaknesses.", "Ofsted")], quotes);
    }

    [Fact]
    public void Leaves_a_government_source_null_for_a_verb_joined_to_its_clause_by_but()
    {
        var entities = KnownEntities(Organization("Welsh Government", "the Welsh Government"), Organization("Western Mail"));
        var quotes = Quotes(entities,
            "The Welsh Government said nurse numbers had risen.",
            "A senior government source told the Western Mail that ministers were weighing a levy, but warned that health boards would \"fight it tooth and nail all winter\".");
        Assert.Equal([("fight it tooth and nail all winter", (string?)null)], quotes);
    }

    [Fact]
    public void Resolves_the_union_to_the_organization_the_text_called_a_union_right_after_its_name()
    {
        var entities = KnownEntities(Organization("Pellworth Foods"), Organization("Bakery Trades Federation"));
        var quotes = Quotes(entities,
            "Pellworth Foods will close its Dunmore plant in March.",
            "The Bakery Trades Federation union, which represents workers at the plant, said it would seek talks. Pellworth Foods said the decision was final.",
            "\"These workers kept the ovens running through every crisis,\" the union said.");
        Assert.Equal([("These workers kept the ovens running through every crisis,", "Bakery Trades Federation")], quotes);
    }
}
