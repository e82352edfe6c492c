using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Attribution decided by the grammar of the reporting clause and the paragraph, not by particular words;
/// every sentence here is invented.</summary>
public class SpeakerAttributorGrammarShapeTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    private static readonly EntitySet Choir = KnownEntities(
        Person("Nora Kelly", ["Kelly"]),
        Person("Sean Donnelly", ["Donnelly"]));

    [Fact]
    public void Gives_a_quote_to_a_surname_ending_in_ly_rather_than_reading_it_as_an_adverb()
    {
        var quotes = Quotes(Choir,
            "Nora Kelly has led the choir since 1998.",
            "\"We sing in a car park if we have to,\" Kelly says, pouring the tea.",
            "\"Nobody has asked us to stop,\" Donnelly said.");
        Assert.Equal(
            [("We sing in a car park if we have to,", "Nora Kelly"), ("Nobody has asked us to stop,", "Sean Donnelly")],
            quotes);
    }

    private static readonly EntitySet Party = KnownEntities(
        Person("Lucinda Barrow", ["Barrow"], ["Ohio Green Party chair"]),
        Organization("Ohio Green Party"),
        Organization("Brightwell Foods"),
        Person("Osman Teague", ["Teague"]));

    [Fact]
    public void Gives_a_quote_after_said_to_the_person_an_organization_and_title_lead_up_to()
    {
        var quotes = Quotes(Party,
            "\"Nobody should be surprised,\" said Ohio Green Party chair Lucinda Barrow.",
            "\"We will appeal,\" said Brightwell Foods chief executive Osman Teague.");
        Assert.Equal(
            [("Nobody should be surprised,", "Lucinda Barrow"), ("We will appeal,", "Osman Teague")],
            quotes);
    }

    [Fact]
    public void Still_gives_a_quote_after_said_to_an_organization_that_ends_the_phrase()
    {
        var quotes = Quotes(Party,
            "\"The figures speak for themselves,\" said the Ohio Green Party in a statement.");
        Assert.Equal([("The figures speak for themselves,", "Ohio Green Party")], quotes);
    }

    private static readonly EntitySet Interview = KnownEntities(
        Person("Harlan Voight", ["Voight"]),
        Person("Edna Voight", ["Edna"]));

    [Fact]
    public void Continues_the_speaker_of_a_paragraph_across_a_sentence_about_him()
    {
        var quotes = Quotes(Interview,
            "\"It is the only useful thing I kept,\" Voight told me on a cold morning. Then he laughed, and then he stopped. \"That is not true, of course.\"",
            "\"Ask me again next year,\" he said. He pointed at the door. \"Write that down.\"");
        Assert.Equal(
            [("It is the only useful thing I kept,", "Harlan Voight"), ("That is not true, of course.", "Harlan Voight"),
             ("Ask me again next year,", "Harlan Voight"), ("Write that down.", "Harlan Voight")],
            quotes);
    }

    [Fact]
    public void Does_not_continue_the_speaker_across_a_sentence_about_someone_unnamed()
    {
        var quotes = Quotes(Interview,
            "\"Ask me again next year,\" Voight said. A neighbour shook his head. \"He says that every year.\"");
        Assert.Equal(
            [("Ask me again next year,", "Harlan Voight"), ("He says that every year.", (string?)null)],
            quotes);
    }

    [Fact]
    public void Does_not_continue_the_speaker_across_a_sentence_about_an_organization()
    {
        var quotes = Quotes(Interview,
            "\"Ask me again next year,\" Voight said. The council took a different view. \"The farm was never his to sell.\"");
        Assert.Equal(
            [("Ask me again next year,", "Harlan Voight"), ("The farm was never his to sell.", (string?)null)],
            quotes);
    }

    [Fact]
    public void Does_not_continue_the_speaker_across_a_sentence_about_others()
    {
        var quotes = Quotes(Interview,
            "\"Ask me again next year,\" Voight said. Others were less patient. \"He has been saying that for a decade.\"");
        Assert.Equal(
            [("Ask me again next year,", "Harlan Voight"), ("He has been saying that for a decade.", (string?)null)],
            quotes);
    }

    [Fact]
    public void Does_not_continue_a_woman_speaker_across_a_sentence_about_a_man()
    {
        var quotes = Quotes(Interview,
            "\"The farm was his idea,\" Edna Voight said. He looked out of the window for a while. \"It was, and it still is.\"");
        Assert.Equal(
            [("The farm was his idea,", "Edna Voight"), ("It was, and it still is.", (string?)null)],
            quotes);
    }

    private static readonly EntitySet Planning = KnownEntities(
        Person("Fiona Strachan", ["Strachan"]),
        Organization("Kelso Leisure Ltd", "Kelso Leisure"),
        Organization("Border Rivers Agency"));

    [Fact]
    public void Gives_he_said_after_a_spokesman_for_an_organization_to_that_organization()
    {
        var quotes = Quotes(Planning,
            "Fiona Strachan, who lives next door, said she was \"relieved\" by the outcome. \"I grew up on this street,\" she said.",
            "A spokesman for Kelso Leisure said the company would consider an appeal.",
            "\"We worked closely with officers for two years on this scheme,\" he said.");
        Assert.Equal(
            [("I grew up on this street,", "Fiona Strachan"), ("We worked closely with officers for two years on this scheme,", "Kelso Leisure Ltd")],
            quotes);
    }

    [Fact]
    public void Does_not_give_she_said_after_a_spokesman_to_his_organization()
    {
        var quotes = Quotes(Planning,
            "A spokesman for Kelso Leisure said the company would consider an appeal.",
            "\"We will read the decision carefully before we say more,\" she said.");
        Assert.Equal([("We will read the decision carefully before we say more,", (string?)null)], quotes);
    }

    [Fact]
    public void Gives_a_spokesperson_for_the_agency_to_the_agency_named_before()
    {
        var quotes = Quotes(Planning,
            "The Border Rivers Agency will hold a hearing on the plan in March, and a spokesperson for the agency said the survey \"will be part of the record we weigh.\"");
        Assert.Equal([("will be part of the record we weigh.", "Border Rivers Agency")], quotes);
    }

    private static readonly EntitySet Antitrust = KnownEntities(
        Person("Marta Ellwood", ["Ellwood"]),
        Organization("Quillon"),
        Organization("Rural Credit Program", "RCP"));

    [Fact]
    public void Leaves_a_quote_from_an_email_by_an_unnamed_executive_of_a_named_company_null()
    {
        var quotes = Quotes(Antitrust,
            "One 2022 email from a senior Quillon executive, cited in the complaint, said the company should \"buy them first and let the product fade away.\"");
        Assert.Equal([("buy them first and let the product fade away.", (string?)null)], quotes);
    }

    [Fact]
    public void Never_gives_according_to_a_subject_from_the_clause_before_it()
    {
        var quotes = Quotes(Antitrust,
            "The plan would cut the Rural Credit Program by a third, according to a summary seen by reporters. The summary describes the change as \"the biggest reform of farm credit in a generation.\"");
        Assert.Equal([("the biggest reform of farm credit in a generation.", (string?)null)], quotes);
    }

    [Fact]
    public void Gives_a_quote_after_a_second_who_clause_to_the_person_the_first_who_follows()
    {
        var quotes = Quotes(Antitrust,
            "\"Nobody knew how to price it,\" said Marta Ellwood, Quillon's founder, who has built three firms and who describes herself as \"a reluctant capitalist at heart.\"");
        Assert.Equal(
            [("Nobody knew how to price it,", "Marta Ellwood"), ("a reluctant capitalist at heart.", "Marta Ellwood")],
            quotes);
    }

    private static readonly EntitySet Refinery = KnownEntities(
        Person("Dana Rourke", ["Rourke"], ["Tidewell spokesperson"]),
        Organization("Tidewell"),
        Organization("Northgate Television", "NTV"));

    [Fact]
    public void Gives_the_statement_said_to_whoever_spoke_in_an_emailed_statement_before()
    {
        var quotes = Quotes(Refinery,
            "Tidewell spokesperson Dana Rourke disputed that account. In an emailed statement, she said the company had made \"a fair and generous offer to every worker.\"",
            "\"We respect the right to strike,\" the statement said. \"We also have a duty to run the plant safely.\"");
        Assert.Equal(
            [("a fair and generous offer to every worker.", "Dana Rourke"), ("We respect the right to strike,", "Dana Rourke"),
             ("We also have a duty to run the plant safely.", "Dana Rourke")],
            quotes);
    }

    [Fact]
    public void Reads_it_after_a_statement_as_the_statement_and_leaves_an_unnamed_family_null()
    {
        var quotes = Quotes(Refinery,
            "The actor played a taxi driver on Northgate Television for 17 years.",
            "His family confirmed the news in a statement this morning.",
            "It read: \"He died peacefully with his wife and children at his side.\"");
        Assert.Equal([("He died peacefully with his wife and children at his side.", (string?)null)], quotes);
    }

    [Fact]
    public void Still_reads_it_as_the_organization_named_after_any_statement()
    {
        var quotes = Quotes(Refinery,
            "After a statement from the union, Tidewell replied within the hour. It said: \"Our offer stands and the gates stay open.\"");
        Assert.Equal([("Our offer stands and the gates stay open.", "Tidewell")], quotes);
    }

    private static readonly EntitySet Appositives = KnownEntities(
        Person("Rodrigo Estrada", ["Estrada"], ["president of the local"]),
        Person("Lena Marsh", ["Professor Lena Marsh", "Marsh"], ["Professor"]),
        Person("Wes Harlan", ["Senator Wes Harlan", "Harlan"], ["Senator"]),
        Person("Alden Roe", ["Roe"]),
        Person("Tamsin Achebe", ["Achebe"]),
        Organization("Kingsbridge Nurses Association"),
        Organization("Idaho Republican"));

    [Fact]
    public void Reads_a_name_whole_around_a_quoted_nickname()
    {
        var quotes = Quotes(Appositives,
            "\"Nobody out here wanted to strike,\" said Rodrigo \"Rod\" Estrada, president of the local.");
        Assert.Equal([("Nobody out here wanted to strike,", "Rodrigo Estrada")], quotes);
    }

    [Fact]
    public void Gives_a_quote_to_a_titled_name_after_a_relation_phrase()
    {
        var quotes = Quotes(Appositives,
            "Her former student Professor Lena Marsh, now head of the institute, said the work had \"changed who was allowed to go south at all\".");
        Assert.Equal([("changed who was allowed to go south at all", "Lena Marsh")], quotes);
    }

    [Fact]
    public void Gives_a_quote_to_the_named_person_not_to_someone_in_the_relative_clause_of_the_appositive()
    {
        var quotes = Quotes(Appositives,
            "Alden Roe retired last year.",
            "Senator Wes Harlan, an Idaho Republican who served alongside Roe for a decade, said in an email that the book \"rewrites a record he was proud of.\"");
        Assert.Equal([("rewrites a record he was proud of.", "Wes Harlan")], quotes);
    }

    [Fact]
    public void Gives_a_quote_to_the_named_spokesperson_rather_than_the_organization_she_speaks_for()
    {
        var quotes = Quotes(Appositives,
            "Tamsin Achebe, a spokesperson for the Kingsbridge Nurses Association, said the group welcomed the study but feared it would be \"used to justify cuts that land on the weakest\".");
        Assert.Equal([("used to justify cuts that land on the weakest", "Tamsin Achebe")], quotes);
    }

    [Fact]
    public void Gives_a_quote_to_an_organization_named_before_an_appositive_that_describes_it()
    {
        var quotes = Quotes(Appositives,
            "The Kingsbridge Nurses Association, the county's largest union, said in a statement that it \"welcomes the decision to listen to ward staff\".");
        Assert.Equal([("welcomes the decision to listen to ward staff", "Kingsbridge Nurses Association")], quotes);
    }

    [Fact]
    public void Gives_a_second_quote_after_and_accused_to_the_subject_of_the_first_verb()
    {
        var quotes = Quotes(Appositives,
            "Opposition leader Alden Roe described the budget as \"managed decline\" and accused the council of balancing the books \"on the backs of pensioners and working families\".");
        Assert.Equal([("on the backs of pensioners and working families", "Alden Roe")], quotes);
    }

    private static readonly EntitySet Arts = KnownEntities(
        Person("Greta Holm", ["Holm"], ["conductor"]),
        Person("Ivo Brandt", ["Brandt"], ["music critic of the Harbour Courier"]),
        Organization("Harbour Courier", "the Harbour Courier"),
        Organization("Northfield Gazette", "the Northfield Gazette"));

    [Fact]
    public void Gives_an_unnamed_critic_of_a_newspaper_to_the_newspaper()
    {
        var quotes = Quotes(Arts,
            "Reviewing the concert in May, the Northfield Gazette's music critic wrote that the orchestra played \"with a fury most professionals have long forgotten\".");
        Assert.Equal([("with a fury most professionals have long forgotten", "Northfield Gazette")], quotes);
    }

    [Fact]
    public void Gives_a_newspapers_critic_to_the_critic_the_article_names()
    {
        var quotes = Quotes(Arts,
            "Ivo Brandt reviewed the first night.",
            "The Harbour Courier's music critic wrote that the strings sounded \"like a storm that had learned manners\".");
        Assert.Equal([("like a storm that had learned manners", "Ivo Brandt")], quotes);
    }

    [Fact]
    public void Gives_a_participle_cue_to_the_subject_after_a_short_opening_phrase()
    {
        var quotes = Quotes(Arts,
            "In later years Holm campaigned against the sale of the old concert hall, writing to the council that the city risked \"selling off its own voice\".");
        Assert.Equal([("selling off its own voice", "Greta Holm")], quotes);
    }

    private static readonly EntitySet Court = KnownEntities(
        Person("Dale Hutton", ["Hutton"], ["County Commissioner"]),
        Person("Anita Cole", ["Cole"], ["Sheriff"]),
        Organization("Inmate Rights Alliance"));

    [Fact]
    public void Gives_her_office_said_to_the_woman_her_stands_for()
    {
        var quotes = Quotes(Court,
            "Sheriff Anita Cole did not respond to a request for comment. Her office said in a statement that the sheriff \"has always put safety first.\"");
        Assert.Equal([("has always put safety first.", "Anita Cole")], quotes);
    }

    [Fact]
    public void Does_not_read_a_modifier_of_someones_role_as_that_person()
    {
        var quotes = Quotes(Court,
            "County Commissioner Dale Hutton said the county would appeal.",
            "In court papers, the county argued that the jail was \"operating within its design limits on most days.\"");
        Assert.Equal([("operating within its design limits on most days.", (string?)null)], quotes);
    }

    [Fact]
    public void Gives_a_lawsuit_to_the_organization_that_filed_it()
    {
        var quotes = Quotes(Court,
            "The lawsuit, filed in 2024 by the Inmate Rights Alliance, alleges that inmates were \"left for days without medical care.\"");
        Assert.Equal([("left for days without medical care.", "Inmate Rights Alliance")], quotes);
    }

    [Fact]
    public void Gives_a_quote_after_said_one_supporter_to_the_name_in_apposition()
    {
        var quotes = Quotes(KnownEntities(Person("Jim Harker", ["Harker"])),
            "\"We were robbed,\" said one supporter, Jim Harker, 58. \"Again and again.\"");
        Assert.Equal([("We were robbed,", "Jim Harker"), ("Again and again.", "Jim Harker")], quotes);
    }

    private static readonly EntitySet Strike = KnownEntities(
        Organization("Aslef"),
        Organization("Northern Crest Rail", "Northern Crest"),
        Organization("Harbour Pilots Association"));

    [Fact]
    public void Gives_the_union_said_to_the_organization_the_text_called_a_union()
    {
        var quotes = Quotes(Strike,
            "Aslef, the train drivers' union, called the strike on Monday. Northern Crest said it was disappointed.",
            "\"Our members have run out of patience with this company,\" the union said.");
        Assert.Equal([("Our members have run out of patience with this company,", "Aslef")], quotes);
    }

    [Fact]
    public void Gives_a_union_spokesman_to_the_organization_introduced_as_the_union()
    {
        var quotes = Quotes(Strike,
            "The pilots' union Harbour Pilots Association has been in talks since May.",
            "A union spokesman said the offer \"does nothing to address our members' concerns.\"");
        Assert.Equal([("does nothing to address our members' concerns.", "Harbour Pilots Association")], quotes);
    }

    [Fact]
    public void Leaves_the_union_said_null_when_the_text_never_says_which_organization_is_a_union()
    {
        var quotes = Quotes(Strike,
            "Northern Crest said it was disappointed by the vote.",
            "\"Our members have run out of patience with this company,\" the union said.");
        Assert.Equal([("Our members have run out of patience with this company,", (string?)null)], quotes);
    }

    private static readonly EntitySet Meeting = KnownEntities(
        Person("Ellen Jones", ["Jones", "Mayor Jones"], ["Mayor"]),
        Person("Sam Pratt", ["Pratt", "Councillor Sam Pratt"], ["Councillor"]));

    [Fact]
    public void Gives_a_verb_joined_by_and_the_subject_of_its_clause_not_the_object_of_the_first_verb()
    {
        var quotes = Quotes(Meeting,
            "Mayor Ellen Jones opened the meeting. Councillor Sam Pratt thanked Mayor Jones for her work and said the vote was \"long overdue and very welcome.\"",
            "After the vote, Pratt praised the residents' group and said: \"They never gave up on this town.\"");
        Assert.Equal(
            [("long overdue and very welcome.", "Sam Pratt"), ("They never gave up on this town.", "Sam Pratt")],
            quotes);
    }

    [Fact]
    public void Leaves_a_verb_joined_by_and_null_when_its_clause_opens_with_no_name()
    {
        var quotes = Quotes(Meeting,
            "Mayor Ellen Jones opened the meeting. The Kansas visitor scheduled a talk for May and said he expected \"a full hall before the snow flies.\"");
        Assert.Equal([("a full hall before the snow flies.", (string?)null)], quotes);
    }

    private static readonly EntitySet Watchdog = KnownEntities(
        Organization("Care Standards Board", "CSB"),
        Organization("Department of Health", "the department", "the health"));

    [Fact]
    public void Reads_a_generic_alias_like_the_department_where_it_stands_not_as_the_whole_articles_guess()
    {
        var quotes = Quotes(Watchdog,
            "Patients waited for days on trolleys, according to a damning report from the health watchdog.",
            "The Care Standards Board downgraded the emergency unit on Tuesday.",
            "Inspectors found that the department was holding twice the patients it was built for.",
            "The report states: \"People were not always treated with privacy and dignity.\"",
            "A Department of Health spokesperson said: \"Corridor care is unacceptable and we will end it.\"");
        Assert.Equal(
            [("People were not always treated with privacy and dignity.", "Care Standards Board"),
             ("Corridor care is unacceptable and we will end it.", "Department of Health")],
            quotes);
    }

    [Fact]
    public void Follows_the_statement_back_past_a_mention_that_names_no_owner_to_the_one_the_text_introduced()
    {
        var quotes = Quotes(KnownEntities(Organization("Brightwell Foods")),
            "Brightwell Foods issued a statement on Tuesday after the fine.",
            "\"We accept the findings in full,\" the statement read.",
            "The statement added: \"We apologise to every customer affected.\"");
        Assert.Equal(
            [("We accept the findings in full,", "Brightwell Foods"), ("We apologise to every customer affected.", "Brightwell Foods")],
            quotes);
    }
}
