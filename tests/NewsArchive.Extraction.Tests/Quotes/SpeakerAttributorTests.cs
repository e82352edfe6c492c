using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

public class SpeakerAttributorTests
{
    private static readonly EntitySet Council = KnownEntities(
        Person("Priya Raman", ["Raman", "Mayor Priya Raman"], ["Mayor of Eastbrook"]),
        Person("Tomas Varga", ["Varga"], ["chief executive of Harbor Freight Lines"]),
        Person("Gareth Holloway", ["Holloway", "Mr Holloway"], ["Home Secretary"]),
        Person("Helen Ashdown", ["Ashdown", "Ms Ashdown"], []),
        Organization("Harbor Freight Lines", "HFL"),
        Organization("Eastbrook Gazette", "the Eastbrook Gazette", "Gazette"),
        Organization("Department of Transport", "the department"));

    private static (string Text, string? Speaker, string? Cue) Only(params string[] paragraphs)
    {
        var quote = Assert.Single(AttributedQuotes(Council, paragraphs));
        return (quote.Text, quote.Speaker, quote.Cue);
    }

    [Fact]
    public void Attributes_a_quote_followed_by_name_and_verb()
    {
        Assert.Equal(("The harbor stays open,", "Priya Raman", "said"), Only("\"The harbor stays open,\" Raman said."));
    }

    [Fact]
    public void Attributes_a_quote_followed_by_verb_and_name()
    {
        Assert.Equal(("We are not going anywhere,", "Gareth Holloway", "said"), Only("'We are not going anywhere,' said Mr Holloway."));
    }

    [Fact]
    public void Attributes_a_quote_introduced_by_name_verb_and_colon()
    {
        Assert.Equal(("Nobody will lose their job.", "Tomas Varga", "told"),
            Only("Varga told reporters on Tuesday: “Nobody will lose their job.”"));
    }

    [Fact]
    public void Attributes_past_an_appositive_role_to_the_person_not_the_organization()
    {
        Assert.Equal(("The trucks will run on time,", "Tomas Varga", "wrote"),
            Only("\"The trucks will run on time,\" Tomas Varga, chief executive of Harbor Freight Lines, wrote in an email."));
    }

    [Fact]
    public void Attributes_a_statement_to_its_author()
    {
        Assert.Equal(("Our doors remain open to every family in the city,", "Priya Raman", "said"),
            Only("\"Our doors remain open to every family in the city,\" Raman said in a statement."));
    }

    [Fact]
    public void Attributes_according_to_to_the_organization_after_it()
    {
        Assert.Equal(("Freight volumes fell by a third over the winter,", "Harbor Freight Lines", "according to"),
            Only("\"Freight volumes fell by a third over the winter,\" according to Harbor Freight Lines."));
    }

    [Fact]
    public void Resolves_he_to_the_person_the_paragraph_is_about_not_to_a_name_inside_the_quote()
    {
        var quote = Assert.Single(AttributedQuotes(Council,
            "Varga wrote to the board after the vote. \"We will not be bullied by Mayor Priya Raman or anyone else,\" he said."));
        Assert.Equal("Tomas Varga", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void Resolves_she_past_a_nearer_man()
    {
        var quote = Assert.Single(AttributedQuotes(Council,
            "Ms Ashdown met Mr Holloway on Monday.",
            "“The meeting was short and unfriendly,” she said."));
        Assert.Equal("Helen Ashdown", quote.Speaker);
    }

    [Fact]
    public void Resolves_he_to_the_subject_rather_than_a_possessive()
    {
        var quote = Assert.Single(AttributedQuotes(Council,
            "Holloway rejected Raman's plan for the harbor. \"It is a fantasy dressed up as policy,\" he said."));
        Assert.Equal("Gareth Holloway", quote.Speaker);
    }

    [Fact]
    public void Drops_a_scare_quote_without_a_cue()
    {
        Assert.Empty(AttributedQuotes(Council, "Raman does not describe Eastbrook as a \"sanctuary,\" but the council has acted."));
    }

    [Fact]
    public void Drops_a_short_quoted_phrase_even_when_a_cue_governs_the_sentence()
    {
        Assert.Empty(AttributedQuotes(Council, "Holloway said the scheme was 'a shambles' and walked out."));
    }

    [Fact]
    public void Keeps_a_short_quote_with_a_cue_attached()
    {
        Assert.Equal(("No,", "Helen Ashdown", "said"), Only("“No,” Ms Ashdown said."));
    }

    [Fact]
    public void Keeps_a_quoted_fragment_of_a_speech_sentence()
    {
        Assert.Equal(("closing the harbor to every ship on weekends.", "Priya Raman", "tweeted"),
            Only("On Friday the mayor tweeted that she is considering \"closing the harbor to every ship on weekends.\""));
    }

    [Fact]
    public void Drops_a_quoted_title_without_a_cue()
    {
        Assert.Empty(AttributedQuotes(Council, "The bill, known as the \"Safe Harbors For Families Act,\" passed on Monday."));
    }

    [Fact]
    public void Resolves_the_article_notes_to_the_publication_that_wrote_the_article()
    {
        var quote = Assert.Single(AttributedQuotes(Council,
            "The dispute follows a March 3 article by the Eastbrook Gazette that said Varga had met the department.",
            "\"Talks broke down twice before the strike was called, both times over overtime pay,\" the article notes."));
        Assert.Equal("Eastbrook Gazette", quote.Speaker);
        Assert.Equal("notes", quote.Cue);
    }

    [Fact]
    public void Resolves_the_statement_said_to_whoever_issued_the_statement()
    {
        var quote = Assert.Single(AttributedQuotes(Council,
            "Holloway issued a statement on Sunday night.",
            "\"The government will review every contract signed since 2019,\" the statement said."));
        Assert.Equal("Gareth Holloway", quote.Speaker);
    }

    [Fact]
    public void Resolves_a_role_to_the_person_who_holds_it()
    {
        Assert.Equal(("We will publish the figures next week,", "Gareth Holloway", "said"),
            Only("“We will publish the figures next week,” the Home Secretary said."));
        Assert.Equal(("The harbor is ours,", "Priya Raman", "said"), Only("\"The harbor is ours,\" the mayor said."));
    }

    [Fact]
    public void Resolves_an_organization_noun_to_the_organization_named_before()
    {
        var quote = Assert.Single(AttributedQuotes(Council,
            "Harbor Freight Lines cut 40 routes last year.",
            "\"We regret the disruption to our customers,\" the company said."));
        Assert.Equal("Harbor Freight Lines", quote.Speaker);
    }

    [Fact]
    public void Resolves_a_spokesperson_to_the_organization_they_speak_for()
    {
        Assert.Equal("Department of Transport",
            Only("“Every bridge will be inspected,” a spokeswoman for the Department of Transport said.").Speaker);
    }

    [Fact]
    public void Leaves_the_speaker_null_when_the_text_does_not_name_one()
    {
        var (text, speaker, cue) = Only("\"We were never told about the closure,\" one dock worker said.");
        Assert.Equal("We were never told about the closure,", text);
        Assert.Null(speaker);
        Assert.Equal("said", cue);
    }

    [Fact]
    public void Leaves_the_speaker_null_when_no_entity_matches_the_name()
    {
        Assert.Null(Only("“The water rose very quickly,” said Ingrid Solberg, a resident.").Speaker);
    }

    [Fact]
    public void Attributes_both_halves_of_an_interrupted_quotation()
    {
        var quotes = AttributedQuotes(Council, "“We tried everything,” Ms Ashdown said, “and nothing worked at all.”");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Helen Ashdown", q.Speaker));
        Assert.Equal("and nothing worked at all.", quotes[1].Text);
    }

    [Fact]
    public void Continues_the_speaker_named_in_the_previous_sentence()
    {
        var quotes = AttributedQuotes(Council, "Raman said the harbor would reopen by spring. \"The dredging is nearly finished.\"");
        var quote = Assert.Single(quotes);
        Assert.Equal("Priya Raman", quote.Speaker);
    }

    [Fact]
    public void Continues_the_speaker_of_the_previous_paragraph()
    {
        var quotes = AttributedQuotes(Council,
            "\"The first phase is done,\" Varga said.",
            "\"The second phase starts when the money arrives.\"");
        Assert.Equal(["Tomas Varga", "Tomas Varga"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Attributes_a_multi_paragraph_quotation_once()
    {
        var quote = Assert.Single(AttributedQuotes(Council,
            "Holloway said: “We owe the public an explanation.",
            "“We will give one in Parliament, in full, next week.”"));
        Assert.Equal("Gareth Holloway", quote.Speaker);
        Assert.Equal("We owe the public an explanation. We will give one in Parliament, in full, next week.", quote.Text);
    }

    [Fact]
    public void Reports_the_span_of_the_quoted_text_in_the_body()
    {
        var document = Document("\"Ships come first,\" Raman said.");
        var quote = Assert.Single(AttributedQuotes(Council, "\"Ships come first,\" Raman said."));
        Assert.Equal(quote.Text, document.Body[quote.Span.Start..quote.Span.End]);
    }

    [Fact]
    public void A_standalone_quotation_with_no_speaker_anywhere_is_kept_with_a_null_speaker()
    {
        var quote = Assert.Single(AttributedQuotes(Council, "The harbor was silent.", "\"Nobody comes here any more.\""));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Works_with_no_entities_at_all()
    {
        var quote = Assert.Single(AttributedQuotes(KnownEntities(), "\"It is over,\" Smith said."));
        Assert.Null(quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void A_participle_cue_speaks_for_the_subject_of_the_main_clause()
    {
        Assert.Equal(("the only honest thing to do", "Gareth Holloway", "insisting"),
            Only("Holloway defended the plan to close the harbor, insisting it was 'the only honest thing to do'."));
    }

    [Fact]
    public void A_participle_cue_after_an_unnamed_subject_names_nobody()
    {
        Assert.Null(Only("The minister defended the plans for Harbor Freight Lines, insisting it was 'the only honest thing to do'.").Speaker);
    }

    [Fact]
    public void A_name_that_only_modifies_the_speaking_noun_is_not_the_speaker()
    {
        Assert.Null(Only("“We have been clear from the start,” a Harbor Freight Lines source said.").Speaker);
        Assert.Equal("Harbor Freight Lines", Only("“We have been clear from the start,” an HFL spokesman said.").Speaker);
        Assert.Equal("Priya Raman", Only("“We have been clear from the start,” Raman reportedly said.").Speaker);
    }

    [Fact]
    public void A_new_sentence_of_reported_speech_after_a_quotation_does_not_attribute_it()
    {
        var quote = Assert.Single(AttributedQuotes(Council,
            "Varga wrote in the filing that the port had \"failed every test it set for itself.\" She said the ruling was wrong."));
        Assert.Equal(("Tomas Varga", "wrote"), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void A_bare_attribution_after_a_full_stop_attributes_the_quotation()
    {
        Assert.Equal(("It is finished.", "Priya Raman", "said"), Only("\"It is finished.\" Raman said."));
    }

    [Fact]
    public void A_colon_gives_the_quotation_to_the_subject_before_it()
    {
        Assert.Equal(("I don't know. Nobody does.", "Priya Raman", null),
            Only("Asked whether the harbor would reopen, Raman was blunt: \"I don't know. Nobody does.\""));
    }

    [Fact]
    public void A_short_standalone_quotation_continues_the_named_speaker()
    {
        var quotes = AttributedQuotes(Council, "\"I warned them this would happen,\" Varga said. \"Nobody listened.\"");
        Assert.Equal(["Tomas Varga", "Tomas Varga"], quotes.Select(q => q.Speaker));
        Assert.Equal("Nobody listened.", quotes[1].Text);
    }

    [Fact]
    public void Reads_titles_with_and_without_full_stops()
    {
        Assert.Equal("Helen Ashdown", Only("“Enough is enough,” said Ms. Ashdown.").Speaker);
        Assert.Equal("Helen Ashdown", Only("‘Enough is enough,’ said Ms Ashdown.").Speaker);
    }

    [Fact]
    public void Every_quoted_fragment_of_one_speech_sentence_goes_to_its_speaker()
    {
        var quotes = AttributedQuotes(Council,
            "Ashdown said she was leaving \"with a heavy heart\" but that the dispute had become \"impossible to resolve while I remain here\".");
        Assert.Equal(["with a heavy heart", "impossible to resolve while I remain here"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Helen Ashdown", q.Speaker));
    }

    [Fact]
    public void A_question_quote_takes_the_cue_after_its_question_mark()
    {
        Assert.Equal(("Why now?", "Helen Ashdown", "asked"), Only("\"Why now?\" asked Ms Ashdown."));
        Assert.Equal(("Why now?", "Helen Ashdown", "asked"), Only("\"Why now?\" Ashdown asked."));
    }

    [Fact]
    public void Skips_a_relative_clause_between_the_speaker_and_the_verb()
    {
        Assert.Equal("Tomas Varga",
            Only("\"It is a sad day,\" Varga, who has run Harbor Freight Lines since 2010, said in a statement.").Speaker);
    }

    [Fact]
    public void As_x_says_introduces_a_quote()
    {
        Assert.Equal(("a strike is the last resort, never the first.", "Helen Ashdown", "says"),
            Only("As Ashdown says, \"a strike is the last resort, never the first.\""));
    }

    [Fact]
    public void Keeps_double_quotes_nested_in_a_uk_quotation()
    {
        var quotes = AttributedQuotes(Council, "'He told me \"never again\",' Ms Ashdown said, 'and I believed him.'");
        Assert.Equal(["He told me \"never again\",", "and I believed him."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Helen Ashdown", q.Speaker));
    }

    [Fact]
    public void A_quoted_phrase_beside_another_name_does_not_continue_the_previous_speaker()
    {
        var quotes = AttributedQuotes(Council,
            "Raman said the offer was \"an insult to every worker in the city.\" In the words of Varga's own chairman, it was \"dead on arrival from day one.\"");
        // "In the words of X" attributes the phrase to X, here someone the text does not name: never to Raman.
        Assert.Equal([("Priya Raman", "said"), (null, "In the words of")], quotes.Select(q => (q.Speaker, q.Cue)));
    }

    [Fact]
    public void A_quoted_phrase_continues_the_speaker_of_the_sentence_before()
    {
        var quotes = AttributedQuotes(Council,
            "Raman said the cuts were unfair. They would leave families \"without any help at all this winter.\"");
        Assert.Equal(("without any help at all this winter.", "Priya Raman"), (Assert.Single(quotes).Text, quotes[0].Speaker));
    }

    [Fact]
    public void A_relative_clause_names_its_own_subject_or_stands_for_the_phrase_before()
    {
        Assert.Equal("Tomas Varga",
            Only("The plan moves money to buses, which Varga said would \"do more for the city than any new road ever could.\"").Speaker);
        Assert.Equal("Tomas Varga",
            Only("The plan was drawn up by Varga, who said it would \"do more for the city than any new road ever could.\"").Speaker);
    }

    [Fact]
    public void A_new_sentence_opening_with_according_to_does_not_attribute_the_quotation_before_it()
    {
        var quote = Assert.Single(AttributedQuotes(Council,
            "Holloway said: \"We will win this vote.\" According to Raman, the vote is lost."));
        Assert.Equal("Gareth Holloway", quote.Speaker);
    }

    [Fact]
    public void A_quoted_title_followed_by_narrative_is_not_attributed_by_a_later_cue()
    {
        Assert.Empty(AttributedQuotes(Council,
            "The painting, \"Portrait of a Woman with a Lute,\" was taken from a gallery overnight, according to Harbor Freight Lines."));
        Assert.Empty(AttributedQuotes(Council,
            "The hackers, who call themselves \"Nightglass,\" posted the records online, according to Harbor Freight Lines."));
    }

    [Fact]
    public void A_sentence_pointing_back_at_an_opening_quotation_names_its_speaker()
    {
        var quote = Assert.Single(AttributedQuotes(Council,
            "\"I opened this harbor office when I was nineteen. I will close it on Sunday.\"",
            "That is how Helen Ashdown, 74, sums up the end of an era."));
        Assert.Equal(("Helen Ashdown", null), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void A_spokeswoman_for_an_organization_named_long_before_speaks_for_it()
    {
        var quotes = AttributedQuotes(Council,
            "The Department of Transport took over the contract in May.",
            "Contractors left the site in June.",
            "Residents complained all summer.",
            "'Crews will work extra shifts until every bridge is safe,' a department spokeswoman said.");
        Assert.Equal("Department of Transport", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_dash_and_a_name_sign_a_quotation()
    {
        Assert.Equal(("Ships will sail again from this harbor.", "Priya Raman", null),
            Only("\"Ships will sail again from this harbor.\" — Priya Raman, in a post on Monday"));
    }

    [Fact]
    public void The_statement_read_introduces_a_quote_from_whoever_issued_it()
    {
        var quote = Assert.Single(AttributedQuotes(Council,
            "Harbor Freight Lines issued a statement on Friday. The statement read: \"We will cooperate fully with investigators.\""));
        Assert.Equal(("Harbor Freight Lines", "read"), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void A_role_resolves_to_the_person_the_text_described_with_it()
    {
        var entities = KnownEntities(
            Person("Imran Siddiqui", ["Siddiqui", "Cllr Imran Siddiqui"]), Organization("Castleford Borough Council", "the council"));
        var quote = Assert.Single(AttributedQuotes(entities,
            "The leader of the council, Cllr Imran Siddiqui, said the deal was fair.",
            "'Nobody wins in a dispute like this,' the council leader said."));
        Assert.Equal("Imran Siddiqui", quote.Speaker);
    }
}
