using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Attribution shapes where the speaker sits in a parenthetical, owns a document or a body, or stays
/// unnamed; every sentence here is invented.</summary>
public class SpeakerAttributorOwnerAndParentheticalTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    private static readonly EntitySet Hearing = KnownEntities(
        Person("Martha Ellery", ["Sen. Martha Ellery", "Ellery"]),
        Person("Victor Lanz", ["Lanz"]),
        Person("Nadia Ferrante", ["Dr Nadia Ferrante", "Ferrante"], ["economist at Western University"]),
        Person("Alan Whitcombe", ["Judge Alan Whitcombe", "Whitcombe"]),
        Person("Rachel Dunmore", ["Dunmore"], ["chief executive of the Eastholm Chamber of Commerce"]),
        Organization("Western University"),
        Organization("Eastholm Gazette", "the Eastholm Gazette"),
        Organization("Eastholm Borough Council", "the council"),
        Organization("Eastholm Chamber of Commerce"),
        Organization("Care Standards Commission", "CSC"));

    [Fact]
    public void Keeps_the_speaker_when_a_party_and_state_label_in_parentheses_follows_the_name()
    {
        var quotes = Quotes(Hearing,
            "\"You had two years of warnings and you did nothing with them,\" Sen. Martha Ellery (D-Ore.) said to Victor Lanz.");
        Assert.Equal([("You had two years of warnings and you did nothing with them,", "Martha Ellery")], quotes);
    }

    [Fact]
    public void Gives_a_partial_quotation_to_the_speaker_of_an_inverted_cue_set_off_by_commas_mid_sentence()
    {
        var quotes = Quotes(Hearing,
            "Until the review is finished, said Dr Nadia Ferrante, an economist at Western University, depositors will be left with \"a system that nobody fully understands\".");
        Assert.Equal([("a system that nobody fully understands", "Nadia Ferrante")], quotes);
    }

    [Fact]
    public void Gives_a_quotation_to_the_owner_of_a_ruling_even_with_a_time_phrase_before_the_verb()
    {
        var quotes = Quotes(Hearing,
            "Judge Alan Whitcombe's ruling on Tuesday noted that the council \"had every opportunity to settle this dispute and chose not to.\"");
        Assert.Equal([("had every opportunity to settle this dispute and chose not to.", "Alan Whitcombe")], quotes);
    }

    [Fact]
    public void Gives_a_quotation_from_a_review_printed_in_a_publication_to_the_publication()
    {
        var quotes = Quotes(Hearing,
            "A 2019 review in the Eastholm Gazette complained that the service had become \"a byword for missed collections and broken promises\".");
        Assert.Equal([("a byword for missed collections and broken promises", "Eastholm Gazette")], quotes);
    }

    [Fact]
    public void Gives_a_committee_decision_to_the_organization_that_owns_the_committee()
    {
        var quotes = Quotes(Hearing,
            "Eastholm Borough Council's licensing committee said in its decision that the depot was \"not suitable for a residential street at night\".",
            "The council's planning committee said the scheme would \"cause unacceptable harm to the conservation area\".");
        Assert.Equal(
            [("not suitable for a residential street at night", "Eastholm Borough Council"),
             ("cause unacceptable harm to the conservation area", "Eastholm Borough Council")],
            quotes);
    }

    [Fact]
    public void Gives_what_inspectors_said_to_the_organization_the_passage_is_about()
    {
        var quotes = Quotes(Hearing,
            "The Care Standards Commission rated the care home inadequate after an unannounced visit in May.",
            "Inspectors said staff were \"doing their best in a building that is falling apart\" but that residents waited too long for help.");
        Assert.Equal([("doing their best in a building that is falling apart", "Care Standards Commission")], quotes);
    }

    [Fact]
    public void Leaves_a_role_noun_null_when_it_refers_back_to_an_unnamed_source_the_text_just_introduced()
    {
        var quotes = Quotes(Hearing,
            "Rachel Dunmore, chief executive of the Eastholm Chamber of Commerce, said businesses were worried.",
            "One senior industry executive, who asked not to be named, said the dispute was costing firms money.",
            "\"Nobody wants a strike that drags on for months,\" the executive said.");
        Assert.Equal([("Nobody wants a strike that drags on for months,", (string?)null)], quotes);
    }

    [Fact]
    public void Still_resolves_a_role_noun_to_the_person_named_with_that_role()
    {
        var quotes = Quotes(Hearing,
            "Rachel Dunmore, chief executive of the Eastholm Chamber of Commerce, said businesses were worried.",
            "\"Nobody wants a strike that drags on for months,\" the chief executive said.");
        Assert.Equal([("Nobody wants a strike that drags on for months,", "Rachel Dunmore")], quotes);
    }

    private static readonly EntitySet Politics = KnownEntities(
        Person("Sarah Quinlan", ["Quinlan", "Ms Quinlan"], ["Labour candidate"]),
        Person("Cerys Ames", ["Ames", "Plaid Cymru MS Cerys Ames"]),
        Organization("Labour", "the party"),
        Organization("Welsh Government", "the Welsh Government"));

    [Fact]
    public void Gives_a_verb_after_a_comma_and_and_to_the_subject_of_its_clause_not_to_an_object_inside_it()
    {
        var quotes = Quotes(Politics,
            "A senior Labour source said the party had expected to lose, and warned that MPs would be \"looking very nervously at their own majorities\".",
            "Sarah Quinlan said the party had fought hard, and admitted that voters were \"angry about the cost of living and angry with us\".");
        Assert.Equal(
            [("looking very nervously at their own majorities", (string?)null),
             ("angry about the cost of living and angry with us", "Sarah Quinlan")],
            quotes);
    }

    [Fact]
    public void Leaves_an_unnamed_office_holder_null_though_an_earlier_phrase_uses_the_title_as_an_owner()
    {
        var quotes = Quotes(Politics,
            "Raising the issue at First Minister's Questions on Thursday, Plaid Cymru MS Cerys Ames said the decision had been rushed.",
            "The First Minister replied that the decision was for the health board, but said the Welsh Government expected the board to \"listen to the people of the county\".");
        Assert.Equal([("listen to the people of the county", (string?)null)], quotes);
    }

    private static readonly EntitySet Obituary = KnownEntities(
        Person("Harold Benning", ["Benning", "Mr Benning"]),
        Person("Ruth Ames", ["Ames"]),
        Person("Thomas", []));

    [Fact]
    public void Resolves_he_carried_over_whole_paragraphs_to_the_main_person_rather_than_a_son_named_once()
    {
        var quotes = Quotes(Obituary,
            "Harold Benning, the novelist, has died aged 84. Benning wrote 30 books.",
            "Benning was born in Leeds in 1941. He married Ruth Ames in 1965. Their son, Thomas, died in 1990.",
            "Beyond his novels, he wrote for radio. He was made an MBE in 2001.",
            "He was not universally liked. \"I have never minded being disliked,\" he told an interviewer in 2012.");
        Assert.Equal([("I have never minded being disliked,", "Harold Benning")], quotes);
    }

    [Fact]
    public void Keeps_he_with_a_person_named_once_in_the_quotations_own_paragraph()
    {
        var quotes = Quotes(Obituary,
            "Harold Benning, the novelist, has died aged 84. Benning wrote 30 books. Benning was born in Leeds.",
            "Beyond his novels, he wrote for radio.",
            "His son, Thomas, wrote on social media that he was proud. \"Dad taught me to read,\" he wrote.");
        Assert.Equal([("Dad taught me to read,", "Thomas")], quotes);
    }

    private static readonly EntitySet CityHall = KnownEntities(
        Person("Ann Cole", ["Cole", "Mayor Ann Cole"], ["Mayor"]),
        Person("Joe Park", ["Park"], ["former mayor"]));

    [Fact]
    public void Resolves_a_role_noun_to_its_holder_when_an_indefinite_phrase_only_mentions_the_role_inside_another()
    {
        var quotes = Quotes(CityHall,
            "Mayor Ann Cole met council members on Monday, according to a spokesman for the mayor.",
            "\"I can live with phasing it,\" the mayor said.");
        Assert.Equal([("I can live with phasing it,", "Ann Cole")], quotes);
    }

    [Fact]
    public void Resolves_a_role_noun_to_the_person_an_indefinite_appositive_describes()
    {
        var quotes = Quotes(CityHall,
            "Joe Park, a former mayor, opposed the plan.",
            "\"This park will never be finished,\" the former mayor said.");
        Assert.Equal([("This park will never be finished,", "Joe Park")], quotes);
    }

    private static readonly EntitySet Launch = KnownEntities(
        Person("Tregar", ["Ms Tregar"]),
        Organization("Kestrel Orbital Systems", "Kestrel"),
        Organization("Department for Science, Innovation and Technology"));

    [Fact]
    public void Gives_an_inverted_quotation_to_the_appositive_name_even_when_its_given_name_was_not_recognized()
    {
        var quotes = Quotes(Launch,
            "\"We have waited ten years for this morning,\" said Kestrel's chief executive, Morwenna \"Wen\" Tregar, in a video posted online.");
        Assert.Equal([("We have waited ten years for this morning,", "Tregar")], quotes);
    }

    [Fact]
    public void Reads_an_organization_name_with_a_comma_inside_as_one_phrase()
    {
        var quotes = Quotes(Launch,
            "A review by the Department for Science, Innovation and Technology last year concluded that the site was \"the best location in the country for vertical launch\".");
        Assert.Equal([("the best location in the country for vertical launch", "Department for Science, Innovation and Technology")], quotes);
    }

    private static readonly EntitySet Bakery = KnownEntities(
        Person("Marta Kowal", ["Kowal", "Mrs Kowal"]),
        Person("Piotr", []),
        Person("Graham Pettit", ["Pettit", "Mr Pettit"]),
        Organization("Conservative"));

    [Fact]
    public void Gives_a_quotation_standing_alone_to_the_relation_named_at_the_opening_of_the_paragraph()
    {
        var quotes = Quotes(Bakery,
            "Marta Kowal has run the bakery for 31 years. \"It isn't romantic. It's bread,\" she says.",
            "Her son, Piotr, who works alongside her, is less philosophical. \"They want us gone so they can make money.\"");
        Assert.Equal(
            [("It isn't romantic. It's bread,", "Marta Kowal"), ("They want us gone so they can make money.", "Piotr")],
            quotes);
    }

    [Fact]
    public void Gives_a_quotation_after_a_participle_to_the_person_a_party_name_only_modifies()
    {
        var quotes = Quotes(Bakery,
            "Conservative mayor Graham Pettit, who is seeking a second term, defended his record, insisting the borough was \"finally living within its means again\".");
        Assert.Equal([("finally living within its means again", "Graham Pettit")], quotes);
    }

    private static readonly EntitySet Housing = KnownEntities(
        Organization("Harbour Homes"),
        Organization("Westmoor Council", "the council"));

    [Fact]
    public void Gives_a_report_owned_by_an_organization_noun_to_that_organization()
    {
        var quotes = Quotes(Housing,
            "Westmoor Council has published its annual review. The council's report said waiting lists were \"longer than at any time in the last decade\".");
        Assert.Equal([("longer than at any time in the last decade", "Westmoor Council")], quotes);
    }

    [Fact]
    public void Leaves_a_report_null_when_its_possessive_owner_is_no_known_entity_rather_than_taking_an_earlier_reports_subject()
    {
        var quotes = Quotes(Housing,
            "Harbour Homes was found guilty of severe maladministration in a report published on Tuesday.",
            "The ombudsman's report said the landlord had treated the complaints as \"a lifestyle issue rather than a repair issue\".");
        Assert.Equal([("a lifestyle issue rather than a repair issue", (string?)null)], quotes);
    }
}
