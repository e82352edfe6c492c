using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Organizations speaking under the shapes news gives their names; every sentence here is invented.</summary>
public class SpeakerAttributorOrganizationNameTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Gives_a_quotation_to_an_organization_named_before_the_noun_for_its_kind()
    {
        var entities = KnownEntities(Organization("Save Hollin Fields"), Organization("Corran Homes"));
        var quotes = Quotes(entities,
            "Corran Homes won permission for 600 homes on the fields.",
            "The Save Hollin Fields campaign said it was \"considering every legal option open to us\".");
        Assert.Equal([("considering every legal option open to us", "Save Hollin Fields")], quotes);
    }

    [Fact]
    public void Gives_the_bureau_to_a_body_named_by_its_short_form_not_to_the_person_just_named()
    {
        var entities = KnownEntities(Organization("FBI"), Person("Dana Oyelaran", ["Oyelaran"], ["mayor"]));
        var quotes = Quotes(entities,
            "Mayor Dana Oyelaran said the city had asked the FBI for help with the breach.",
            "The FBI confirmed it had opened an inquiry. \"We are working with city officials,\" the bureau said.");
        Assert.Equal([("We are working with city officials,", "FBI")], quotes);
    }

    [Fact]
    public void Matches_an_organizations_generic_last_word_written_in_lower_case()
    {
        var entities = KnownEntities(Organization("Scottish Government"), Organization("Moray Council"));
        var quotes = Quotes(entities,
            "Moray Council opened a rest centre in Elgin.",
            "In a statement, the Scottish government said ministers were \"in close contact with the emergency services\".");
        Assert.Equal([("in close contact with the emergency services", "Scottish Government")], quotes);
    }

    [Fact]
    public void Keeps_a_spokesman_for_someone_the_text_cannot_resolve_null_rather_than_the_organization_before()
    {
        var entities = KnownEntities(Organization("RMT"), Organization("CalMac"));
        var quotes = Quotes(entities,
            "The RMT union, which represents many CalMac staff, is due to ballot its members.",
            "A spokesman for the First Minister said: \"Parliament has spoken and rejected the motion.\"");
        Assert.Equal([("Parliament has spoken and rejected the motion.", null)], quotes);
    }

    [Fact]
    public void Still_gives_a_bare_spokesperson_to_the_organization_the_sentence_before_opened_with()
    {
        var entities = KnownEntities(Organization("Hebridean Sea Harvest"), Organization("Highland Council"));
        var quotes = Quotes(entities,
            "Hebridean Sea Harvest now has three months to appeal to ministers.",
            "A spokesman said: \"We are disappointed by the committee's decision.\"");
        Assert.Equal([("We are disappointed by the committee's decision.", "Hebridean Sea Harvest")], quotes);
    }

    [Fact]
    public void Gives_a_spokesperson_for_the_organization_noun_to_the_organization_the_sentence_before_opened_with()
    {
        var entities = KnownEntities(Organization("Harwell Ashby"), Organization("Corran Pension Scheme"));
        var quotes = Quotes(entities,
            "Harwell Ashby said it would defend the claim. In an emailed statement, a spokesperson for the consultancy said: \"Our advice was appropriate and was accepted by the trustees.\"");
        Assert.Equal([("Our advice was appropriate and was accepted by the trustees.", "Harwell Ashby")], quotes);
    }

    [Fact]
    public void Gives_the_spokesman_said_to_the_organization_the_text_introduced_him_for()
    {
        var entities = KnownEntities(Organization("Northfield Hospitals Trust", "the trust"), Organization("Information Commissioner's Office", "ICO"));
        var quotes = Quotes(entities,
            "A spokesman for Northfield Hospitals Trust said the breach affected 4,000 patients. Officials at the Information Commissioner's Office are investigating.",
            "\"We are deeply sorry,\" the spokesman said.");
        Assert.Equal([("We are deeply sorry,", "Northfield Hospitals Trust")], quotes);
    }

    [Fact]
    public void Gives_the_firms_statement_to_the_firm_whose_chief_executive_spoke_not_to_the_broadcaster_she_told()
    {
        var entities = KnownEntities(Organization("Bramwell & Sons", "Bramwell"), Organization("BBC"), Person("Lorna Fitch", ["Fitch"]));
        var quotes = Quotes(entities,
            "Bramwell & Sons will close 40 of its 210 stores, the retailer said on Thursday.",
            "Bramwell's chief executive, Lorna Fitch, told the BBC: \"We have to be a smaller, stronger business.\"",
            "The firm's statement added: \"Stores will trade as normal until closure.\"");
        Assert.Equal(
            [("We have to be a smaller, stronger business.", "Lorna Fitch"), ("Stores will trade as normal until closure.", "Bramwell & Sons")],
            quotes);
    }

    [Fact]
    public void A_noun_for_a_kind_of_body_stands_for_the_body_whose_name_says_that_kind()
    {
        var entities = KnownEntities(
            Organization("Northvale Police"), Organization("Carver County Public Schools"), Organization("St Anne's Infirmary"),
            Person("Rhona Bell", ["Bell"]));
        var quotes = AttributedQuotes(entities,
                "Officers from Northvale Police were called to the house on Sunday.",
                "\"Enquiries are continuing and we would ask anyone with information to call us,\" the force said.",
                "Rhona Bell said parents at Carver County Public Schools were told on Friday that two buildings would close.",
                "\"These are hard decisions and we did not take them lightly,\" the district said.",
                "One driver was taken to St Anne's Infirmary.",
                "\"The patient is in a stable condition on a general ward,\" the hospital said.")
            .Select(q => (q.Text, q.Speaker)).ToList();
        Assert.Equal(
            [("Enquiries are continuing and we would ask anyone with information to call us,", "Northvale Police"),
             ("These are hard decisions and we did not take them lightly,", "Carver County Public Schools"),
             ("The patient is in a stable condition on a general ward,", "St Anne's Infirmary")],
            quotes);
    }

    [Fact]
    public void The_company_is_the_business_named_before_not_a_union_or_council_named_since()
    {
        var entities = KnownEntities(
            Organization("Harlow Coach Lines"), Organization("National Drivers Union"), Organization("Bexwell County Council"), Person("Ivy Stone", ["Stone"]));
        var quotes = Quotes(entities,
            "Harlow Coach Lines lost its contract with Bexwell County Council on Monday.",
            "Ivy Stone, a representative of the National Drivers Union, said drivers would be offered new jobs.",
            "\"We are disappointed and have done everything we could to keep services running,\" the company said.");
        Assert.Equal([("We are disappointed and have done everything we could to keep services running,", "Harlow Coach Lines")], quotes);
    }

    [Fact]
    public void A_bare_spokesperson_speaks_for_the_organization_set_beside_a_noun_as_the_subject_before()
    {
        var entities = KnownEntities(Organization("Skyline Networks"), Organization("Hollin Parish Council"), Person("Claire Nolan", ["Nolan"]));
        var quotes = Quotes(entities,
            "Claire Nolan said Hollin Parish Council had never consulted parents about the mast.",
            "The operator, Skyline Networks, said it had followed every planning rule. \"We consulted widely before applying,\" a spokesman said.",
            "In a statement, Hollin Parish Council said it would review the decision. \"We will listen to residents,\" a spokeswoman said.");
        Assert.Equal(
            [("We consulted widely before applying,", "Skyline Networks"), ("We will listen to residents,", "Hollin Parish Council")],
            quotes);
    }
}
