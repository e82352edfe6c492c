using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Attribution shapes seen in real news copy; every sentence here is invented.</summary>
public class SpeakerAttributorNewsPatternTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    private static readonly EntitySet Obituary = KnownEntities(
        Person("Walter Pennick", ["Pennick", "Mr. Pennick"], ["trombonist"]),
        Person("Ana Ruiz-Pennick", ["Ruiz-Pennick", "Ms. Ruiz-Pennick"]),
        Person("Tobias Pennick", ["Pennick"]));

    [Fact]
    public void Resolves_his_daughter_to_the_daughter_named_in_an_appositive()
    {
        var quotes = Quotes(Obituary,
            "Walter Pennick, a trombonist who played with every big band in Ohio, died on Sunday at his home. He was 88.",
            "His daughter, Ana Ruiz-Pennick, said the cause was heart failure.",
            "Mr. Pennick toured until he was 80.",
            "\"He told us he would stop when the music stopped,\" his daughter said. \"So he didn't.\"",
            "\"He never once complained about a long drive,\" she said.");
        Assert.Equal(
            [("He told us he would stop when the music stopped,", "Ana Ruiz-Pennick"), ("So he didn't.", "Ana Ruiz-Pennick"),
             ("He never once complained about a long drive,", "Ana Ruiz-Pennick")],
            quotes);
    }

    [Fact]
    public void Leaves_a_relational_speaker_null_when_the_text_never_names_that_relation()
    {
        var quotes = Quotes(Obituary,
            "Walter Pennick died on Sunday.",
            "\"He was the loudest man in every room,\" his nephew said.");
        Assert.Equal([("He was the loudest man in every room,", (string?)null)], quotes);
    }

    [Fact]
    public void Resolves_he_to_the_main_subject_rather_than_a_relative_sharing_his_surname()
    {
        var quotes = Quotes(Obituary,
            "Walter Pennick, a trombonist, died on Sunday.",
            "Mr. Pennick grew up in Dayton and learned to play in church.",
            "Mr. Pennick recorded 14 albums. In addition to his daughter, he is survived by a son, Tobias Pennick, and four grandchildren.",
            "\"I play the way my father preached,\" he told a radio interviewer in 1999.");
        Assert.Equal([("I play the way my father preached,", "Walter Pennick")], quotes);
    }

    [Fact]
    public void Resolves_a_bare_surname_to_the_main_subject_rather_than_a_relative_named_later()
    {
        var quotes = Quotes(Obituary,
            "Walter Pennick, a trombonist, died on Sunday. Pennick grew up in Dayton.",
            "Pennick recorded 14 albums. He is survived by a son, Tobias Pennick.",
            "\"A band is a family that argues in tune,\" Pennick once said.");
        Assert.Equal([("A band is a family that argues in tune,", "Walter Pennick")], quotes);
    }

    private static readonly EntitySet Wildfire = KnownEntities(
        Person("Brian Castro", ["Castro"], ["incident commander"]),
        Organization("Oregon Department of Forestry", "the department"));

    [Fact]
    public void Gives_every_part_of_a_multi_paragraph_quote_the_speaker_named_after_a_lowercase_role()
    {
        var quotes = Quotes(Wildfire,
            "\"The wind turned on us overnight,\" said incident commander Brian Castro at a briefing on Tuesday. \"We lost the ridge line and two homes.",
            "\"Crews are holding the east flank, but the next two days decide everything.\"");
        Assert.Equal(
            [("The wind turned on us overnight,", "Brian Castro"),
             ("We lost the ridge line and two homes. Crews are holding the east flank, but the next two days decide everything.", "Brian Castro")],
            quotes);
    }

    private static readonly EntitySet Cities = KnownEntities(
        Person("Dana Whitlock", ["Whitlock"], ["Governor"]),
        Organization("City of Fairhaven", "Fairhaven"),
        Organization("Ministry of Housing", "the ministry"));

    [Fact]
    public void Gives_a_spokesperson_for_an_organization_to_that_organization()
    {
        var quotes = Quotes(Cities,
            "A spokesperson for the City of Fairhaven said the city had \"overhauled its inspection process after the audit.\"");
        Assert.Equal([("overhauled its inspection process after the audit.", "City of Fairhaven")], quotes);
    }

    [Fact]
    public void Gives_a_bare_spokesperson_the_organization_that_was_the_subject_before()
    {
        var quotes = Quotes(Cities,
            "The Ministry of Housing said it had received the request and would reply within a month. A spokesperson said: \"We understand the pressure councils are under.\"");
        Assert.Equal([("We understand the pressure councils are under.", "Ministry of Housing")], quotes);
    }

    [Fact]
    public void Gives_the_office_of_a_titled_person_to_that_person_when_no_office_is_an_entity()
    {
        var quotes = Quotes(Cities,
            "Governor Dana Whitlock has backed the measure.",
            "The governor's office said in a statement that the governor would sign the bill \"as soon as it reaches her desk.\"");
        Assert.Equal([("as soon as it reaches her desk.", "Dana Whitlock")], quotes);
    }

    [Fact]
    public void Gives_a_named_persons_office_to_that_person_when_no_office_is_an_entity()
    {
        var quotes = Quotes(Cities,
            "Crews worked through the night.",
            "Gov. Dana Whitlock's office said in a statement that it was \"watching the fire closely and ready to help.\"");
        Assert.Equal([("watching the fire closely and ready to help.", "Dana Whitlock")], quotes);
    }

    [Fact]
    public void Gives_a_named_companys_spokesman_to_that_company()
    {
        var entities = KnownEntities(Organization("Brookvale Foods"), Person("Ana Ruiz", ["Ruiz"]));
        var quotes = Quotes(entities,
            "Ana Ruiz filed the complaint in March.",
            "Brookvale Foods' spokesman said: \"We will fight this in court.\"");
        Assert.Equal([("We will fight this in court.", "Brookvale Foods")], quotes);
    }

    [Fact]
    public void Gives_a_quote_to_the_person_after_an_inverted_cue_and_a_lowercase_title_with_of()
    {
        var entities = KnownEntities(Person("Janine Corrigan", ["Corrigan"]), Person("Dana Whitlock", ["Whitlock"]));
        var quotes = Quotes(entities,
            "Dana Whitlock left the hall early.",
            "\"You are ruining this town for everyone,\" shouted mother of two Janine Corrigan, 41, as officials left.");
        Assert.Equal([("You are ruining this town for everyone,", "Janine Corrigan")], quotes);
    }

    [Fact]
    public void Gives_a_quote_to_the_person_after_a_lowercase_title_with_of_before_the_cue()
    {
        var entities = KnownEntities(Person("Janine Corrigan", ["Corrigan"]), Person("Dana Whitlock", ["Whitlock"]));
        var quotes = Quotes(entities,
            "Dana Whitlock left the hall early.",
            "\"We asked for one meeting and got none,\" head of operations Janine Corrigan said.");
        Assert.Equal([("We asked for one meeting and got none,", "Janine Corrigan")], quotes);
    }

    [Fact]
    public void Keeps_a_phrase_someone_dismissed_a_plan_as_as_that_persons_quote()
    {
        var entities = KnownEntities(Person("Orla Benning", ["Benning"]));
        var quotes = Quotes(entities,
            "The opposition leader, Orla Benning, dismissed the plan as \"moving the furniture around a house that is already on fire\".");
        Assert.Equal([("moving the furniture around a house that is already on fire", "Orla Benning")], quotes);
    }

    [Fact]
    public void Keeps_a_phrase_someone_accused_others_of_as_that_persons_quote()
    {
        var entities = KnownEntities(Person("Orla Benning", ["Benning"]));
        var quotes = Quotes(entities,
            "Orla Benning accused ministers of \"looking the other way while the bills pile up\".");
        Assert.Equal([("looking the other way while the bills pile up", "Orla Benning")], quotes);
    }

    [Fact]
    public void Reads_the_accused_as_a_noun_rather_than_a_speech_cue()
    {
        var entities = KnownEntities(Person("Orla Benning", ["Benning"]), Person("Kit Marlowe", ["Marlowe"]));
        var quote = Assert.Single(AttributedQuotes(entities,
            "Kit Marlowe denies murder.",
            "\"I never touched him,\" the accused told the jury, as Orla Benning looked on."));
        Assert.Equal("told", quote.Cue);
    }

    [Fact]
    public void Drops_a_search_query_the_narrative_quotes_after_searched_online_for()
    {
        var entities = KnownEntities(Person("Orla Benning", ["Benning"]), Person("Kit Marlowe", ["Marlowe"]));
        var quotes = Quotes(entities,
            "Ms Benning added that Kit Marlowe had searched online for \"how long does it take to drive to the coast at night\" two hours earlier.");
        Assert.Empty(quotes);
    }

    private static readonly EntitySet Court = KnownEntities(
        Person("Robert L. Haskins Jr.", ["Haskins"], []),
        Person("Darnell Whitby", ["Whitby"], ["board member"]),
        Organization("Canton City Schools"));

    [Fact]
    public void Gives_a_quote_opening_the_article_to_the_person_named_in_a_with_those_words_lead()
    {
        var quotes = Quotes(Court,
            "\"I am ashamed of what I did, and I will carry it for the rest of my life.\"",
            "With those words, Robert L. Haskins Jr., 52, a former county treasurer, asked a federal judge for mercy on Thursday.");
        Assert.Equal([("I am ashamed of what I did, and I will carry it for the rest of my life.", "Robert L. Haskins Jr.")], quotes);
    }

    [Fact]
    public void Gives_a_quote_opening_the_article_to_the_person_named_in_a_that_was_how_lead()
    {
        var quotes = Quotes(Court,
            "\"Our kids are drowning in their phones and we keep handing them life jackets made of paper.\"",
            "That was how Canton City Schools board member Darnell Whitby summed up his vote on Monday night.");
        Assert.Equal([("Our kids are drowning in their phones and we keep handing them life jackets made of paper.", "Darnell Whitby")], quotes);
    }

    [Fact]
    public void Gives_a_quote_opening_the_article_to_the_person_whose_words_the_next_paragraph_mentions()
    {
        var quotes = Quotes(Court,
            "\"We will not balance this budget on the backs of children.\"",
            "Whitby's words came minutes before the board voted 4-1 to close two schools.");
        Assert.Equal([("We will not balance this budget on the backs of children.", "Darnell Whitby")], quotes);
    }

    private static readonly EntitySet Council = KnownEntities(
        Person("Richard Hale", ["Hale", "Cllr Richard Hale"], ["leader of the Conservative group"]),
        Organization("Liberal Democrats", "the Lib Dems"));

    [Fact]
    public void Gives_a_quote_after_called_to_the_subject_of_called_not_of_a_later_clause()
    {
        var quotes = Quotes(Council,
            "Cllr Richard Hale, leader of the Conservative group, called the library closures 'an act of cultural vandalism', while the Liberal Democrats said the budget was \"the least bad of several bad options\".");
        Assert.Equal(
            [("an act of cultural vandalism", "Richard Hale"), ("the least bad of several bad options", "Liberal Democrats")],
            quotes);
    }

    private static readonly EntitySet Crew = KnownEntities(
        Person("Daniel Okoro", ["Okoro"], []),
        Person("Curtis Lawton", ["Lawton"], ["Councilman"]),
        Organization("Castlemere Holdings", "Castlemere", "the company"));

    [Fact]
    public void Never_takes_a_nickname_between_first_name_and_surname_for_a_quote()
    {
        var quotes = Quotes(Crew,
            "Daniel \"Dusty\" Okoro said the boat was ready. Councilman Curtis \"Bud\" Lawton said: \"We will be there at the start.\"");
        Assert.Equal([("We will be there at the start.", "Curtis Lawton")], quotes);
    }

    [Fact]
    public void Drops_a_three_word_partial_quote_inside_an_attribution_clause()
    {
        var quotes = Quotes(Crew,
            "Castlemere Holdings has not responded to the offer. It would \"consider all options\", the company said on Friday.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Drops_a_three_word_quoted_verb_phrase_after_a_modal_as_too_short_to_be_a_quote()
    {
        var quotes = Quotes(Crew,
            "Castlemere Holdings said in a statement that it would \"consider all options\" before the vote.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Drops_a_short_label_quoted_after_a_speech_verb()
    {
        var quotes = Quotes(Crew,
            "Daniel Okoro said the plan was \"a shambles\" and left the meeting.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Resolves_his_spokesman_to_the_person_introduced_after_a_name_as_his_spokesman()
    {
        var entities = KnownEntities(
            Person("Martin Ebbing", ["Ebbing"], ["Senator"]),
            Person("Carla Voss", ["Voss"], []));
        var quotes = Quotes(entities,
            "Senator Martin Ebbing did not attend. Carla Voss, his spokesman, said he was ill.",
            "\"The senator will be back in Washington on Monday,\" his spokesman said.");
        Assert.Equal([("The senator will be back in Washington on Monday,", "Carla Voss")], quotes);
    }

    [Fact]
    public void Resolves_a_shared_surname_to_the_relative_named_in_full_in_the_same_paragraph()
    {
        var quotes = Quotes(Obituary,
            "Walter Pennick, a trombonist, died on Sunday. Pennick grew up in Dayton.",
            "Tobias Pennick now leads the band. \"We will play his charts every Friday,\" Pennick said.");
        Assert.Equal([("We will play his charts every Friday,", "Tobias Pennick")], quotes);
    }

    [Fact]
    public void Gives_a_council_spokeswoman_to_the_council_rather_than_the_council_leader()
    {
        var entities = KnownEntities(
            Organization("Ashdown District Council"),
            Person("Priya Holloway", ["Holloway", "Cllr Holloway"], ["leader of the council"]));
        var quotes = Quotes(entities,
            "Ashdown District Council approved the budget on Tuesday.",
            "The leader of the council, Cllr Priya Holloway, said the savings were painful but necessary.",
            "'Libraries will keep their current opening hours,' a council spokeswoman said.");
        Assert.Equal([("Libraries will keep their current opening hours,", "Ashdown District Council")], quotes);
    }

    [Fact]
    // A source or official is anonymous by nature: the dev sets' annotators leave "a league source", "one defense
    // official", "A Home Office source" null, as they do this one (a spokesperson, by contrast, speaks for the body).
    public void Leaves_a_police_source_null_as_an_anonymous_source_even_beside_police_organizations()
    {
        var entities = KnownEntities(
            Organization("Tulsa Police", "TPD"),
            Organization("Oklahoma Highway Police"),
            Person("Dale Mercer", ["Mercer", "Chief Mercer"], ["chief of police"]));
        var quotes = Quotes(entities,
            "Oklahoma Highway Police closed the interstate overnight.",
            "Tulsa Police said Chief Dale Mercer had ordered extra patrols downtown.",
            "\"We expect the suspect to surrender by Friday,\" a police source said.");
        Assert.Equal([("We expect the suspect to surrender by Friday,", (string?)null)], quotes);
    }

    [Fact]
    public void Leaves_a_department_spokesman_null_when_no_organization_is_headed_by_department()
    {
        var entities = KnownEntities(
            Organization("Marlow Water Authority"),
            Person("Gene Okafor", ["Okafor"], ["head of the department"]));
        var quotes = Quotes(entities,
            "Marlow Water Authority raised rates in March. Gene Okafor, head of the department, defended the rise.",
            "\"Nobody will be cut off this winter,\" a department spokesman said.");
        Assert.Equal([("Nobody will be cut off this winter,", (string?)null)], quotes);
    }

    private static readonly EntitySet Scooters = KnownEntities(
        Person("Nadia Ferrant", ["Ferrant", "Board Chair Nadia Ferrant"], ["Chair of the Harbor Safety Board"]),
        Person("Kiran Osterberg", ["Osterberg", "Dr Kiran Osterberg"]),
        Person("Colm Treacy", ["Treacy"], ["Mayor"]),
        Organization("Glide Wheels", "Glide"),
        Organization("Harbor Safety Board", "the board"),
        Organization("Bureau of Streets", "the bureau"),
        Organization("Comptroller's Office", "the Comptroller's Office"),
        Organization("Department of Parks, Rivers and Open Spaces", "The Department of Parks, Rivers and Open Spaces"));

    [Fact]
    public void Gives_a_quote_from_a_statement_from_the_company_to_that_company()
    {
        var quotes = Quotes(Scooters,
            "Glide Wheels, which runs scooters in nine cities, rejected the findings.",
            "\"We stand by every vehicle on the road,\" according to a statement from the company. \"We will keep talking to the city.\"");
        Assert.Equal(
            [("We stand by every vehicle on the road,", "Glide Wheels"), ("We will keep talking to the city.", "Glide Wheels")],
            quotes);
    }

    [Fact]
    public void Gives_a_phrase_quoted_after_an_audit_by_an_office_to_that_office_not_to_the_body_it_names()
    {
        var quotes = Quotes(Scooters,
            "A 2023 audit by the Comptroller's Office had warned that the bureau \"checks too few of the vehicles it licenses.\" " +
            "The bureau said at the time that it would hire more inspectors.");
        Assert.Equal([("checks too few of the vehicles it licenses.", "Comptroller's Office")], quotes);
    }

    [Fact]
    public void Gives_the_statement_said_to_the_person_who_spoke_in_a_statement()
    {
        var quotes = Quotes(Scooters,
            "Board Chair Nadia Ferrant, in a statement, called the decision overdue. \"Brakes are not optional,\" the statement said.",
            "In a statement read to the council, the mayor, Colm Treacy, said he backed the board. \"We all ride these streets,\" the statement said.");
        Assert.Equal([("Brakes are not optional,", "Nadia Ferrant"), ("We all ride these streets,", "Colm Treacy")], quotes);
    }

    [Fact]
    public void Follows_she_back_through_a_paragraph_that_names_nobody_but_keeps_saying_she()
    {
        var quotes = Quotes(Scooters,
            "Ferrant's board meets again in the spring.",
            "For her own part, she has stopped riding altogether.",
            "\"I walk everywhere now,\" she said.");
        Assert.Equal([("I walk everywhere now,", "Nadia Ferrant")], quotes);
    }

    [Fact]
    public void Lets_the_texts_she_overrule_a_given_name_the_lists_file_under_he()
    {
        var quotes = Quotes(Scooters,
            "Osterberg said the clinic had treated dozens of riders. \"Most of them were not wearing helmets,\" she said.");
        Assert.Equal([("Most of them were not wearing helmets,", "Kiran Osterberg")], quotes);
    }

    [Fact]
    public void Gives_a_spokesperson_quote_to_an_organization_whose_name_holds_a_comma()
    {
        var quotes = Quotes(Scooters,
            "The Department of Parks, Rivers and Open Spaces said it would reply soon. A spokesperson said: \"We are reviewing every permit.\"");
        Assert.Equal([("We are reviewing every permit.", "Department of Parks, Rivers and Open Spaces")], quotes);
    }

    [Fact]
    public void Gives_a_phrase_quoted_in_a_who_clause_to_the_person_the_clause_describes()
    {
        var quotes = Quotes(Scooters,
            "Backers of the plan, including Mayor Colm Treacy, who won office after promising to \"put the sidewalks back in our hands,\" say the program failed.");
        Assert.Equal([("put the sidewalks back in our hands,", "Colm Treacy")], quotes);
    }

    private static readonly EntitySet Library = KnownEntities(
        Person("Maria Lopez", ["Lopez"]),
        Person("Tom Baker", ["Baker"]),
        Person("Ama Owusu", ["Councillor Ama Owusu", "Owusu"], ["Councillor"]));

    [Fact]
    public void Resolves_the_n_year_old_to_the_person_the_text_gave_that_age()
    {
        var quotes = Quotes(Library,
            "Maria Lopez, 62, has used the library every week. Tom Baker, 70, walks there daily.",
            "\"It is the only place I can read the paper,\" the 62-year-old said.");
        Assert.Equal([("It is the only place I can read the paper,", "Maria Lopez")], quotes);
    }

    [Fact]
    public void Resolves_an_aged_role_through_the_role_when_no_age_was_given_and_leaves_an_unknown_age_null()
    {
        var quotes = Quotes(Library,
            "Councillor Ama Owusu chaired the meeting. The 41-year-old councillor added: \"We listened.\"",
            "\"We will be back,\" the 35-year-old said.");
        Assert.Equal([("We listened.", "Ama Owusu"), ("We will be back,", (string?)null)], quotes);
    }

    [Fact]
    public void Gives_an_age_stated_nowhere_else_to_the_person_in_focus()
    {
        var entities = KnownEntities(Person("Carys Pugh", ["Pugh"]), Person("Gwen Ellis", ["Ellis"]));
        var quotes = Quotes(entities,
            "The club's coach, Gwen Ellis, has picked a young squad for the county final.",
            "Sprinter Carys Pugh, from Bala, will run the anchor leg on Saturday. \"I have waited four years for this race,\" said the 19-year-old.");
        Assert.Equal("Carys Pugh", quotes[^1].Speaker);
    }

    [Fact]
    public void Leaves_an_unstated_age_null_when_the_text_gave_someone_unnamed_that_age()
    {
        var entities = KnownEntities(Person("Carys Pugh", ["Pugh"]));
        var quotes = Quotes(entities,
            "Carys Pugh saw the crash from her window. A 19-year-old man was taken to hospital.",
            "\"I thought the car was going to hit the house,\" the 19-year-old said later.");
        Assert.Equal((string?)null, quotes[^1].Speaker);
    }

    [Fact]
    public void Reaches_past_a_paragraph_naming_a_man_for_the_woman_she_refers_to_but_prefers_her_own_paragraphs_speaker()
    {
        var entities = KnownEntities(Person("Maria Diaz"), Person("Juan Diaz"), Person("Kiran Shah", ["Shah"]));
        var quotes = Quotes(entities,
            "Maria Diaz opened the bakery in 2019.",
            "Her husband, Juan Diaz, keeps the books.",
            "\"We almost closed,\" she said.",
            "Down the street, Kiran Shah runs the hardware store. Shah said the flood cost $20,000. \"We lost everything,\" she said.");
        Assert.Equal([("We almost closed,", "Maria Diaz"), ("We lost everything,", "Kiran Shah")], quotes);
    }
}
