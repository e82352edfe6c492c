using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

public class QuotationFinderTests
{
    [Fact]
    public void Finds_straight_double_quotes_without_their_marks()
    {
        Assert.Equal(["We will rebuild the bridge,"], QuotedTexts("\"We will rebuild the bridge,\" the mayor said."));
    }

    [Fact]
    public void Finds_curly_double_quotes_and_keeps_apostrophes_inside()
    {
        Assert.Equal(["I wouldn’t sign it."], QuotedTexts("She said: “I wouldn’t sign it.” Then she left."));
    }

    [Fact]
    public void Keeps_nested_single_quotes_inside_the_double_quotation()
    {
        Assert.Equal(["He told me ‘never again’ and meant it,"],
            QuotedTexts("“He told me ‘never again’ and meant it,” Ms Ortega said."));
    }

    [Fact]
    public void Text_span_and_marks_span_point_into_the_body()
    {
        var document = Document("Before \"inside words\" after.");
        var quotation = Assert.Single(new NewsArchive.Extraction.Quotes.QuotationFinder().Find(document.Body, document.Paragraphs));
        Assert.Equal("inside words", document.Body[quotation.Text.Start..quotation.Text.End]);
        Assert.Equal("\"inside words\"", document.Body[quotation.WithMarks.Start..quotation.WithMarks.End]);
    }

    [Fact]
    public void Finds_uk_single_quotes_used_as_quotation_marks()
    {
        Assert.Equal(["We will not be bullied,", "It is a matter of principle."],
            QuotedTexts("'We will not be bullied,' said Mr Hargreaves. He added: ‘It is a matter of principle.’"));
    }

    [Fact]
    public void Does_not_read_apostrophes_as_quotation_marks()
    {
        Assert.Empty(QuotedTexts(
            "Trump's aides don't say it, but the '90s sound of rock 'n' roll and the teachers' union's 'til-dawn vigils mattered."));
    }

    [Fact]
    public void Uk_single_quotation_closes_after_a_plural_possessive_inside_it()
    {
        Assert.Equal(["The teachers' union was right all along,"],
            QuotedTexts("'The teachers' union was right all along,' said Ms Patel."));
    }

    [Fact]
    public void Joins_a_quotation_that_runs_over_paragraphs_with_one_space()
    {
        var texts = QuotedTexts(
            "Ms Lindqvist said: \"The first thing we did was count the boats.",
            "\"Then we counted them again, because nobody believed us,\" she said.");
        Assert.Equal(["The first thing we did was count the boats. Then we counted them again, because nobody believed us,"], texts);
    }

    [Fact]
    public void Multi_paragraph_quotation_spans_from_first_to_last_quoted_word()
    {
        var document = Document("“One paragraph of words.", "“And another one,” he said.");
        var quotation = Assert.Single(new NewsArchive.Extraction.Quotes.QuotationFinder().Find(document.Body, document.Paragraphs));
        Assert.Equal(2, quotation.Parts.Count);
        Assert.Equal(document.Body.IndexOf("One", StringComparison.Ordinal), quotation.Text.Start);
        Assert.Equal(document.Body.IndexOf(",”", StringComparison.Ordinal) + 1, quotation.Text.End);
    }

    [Fact]
    public void Joins_uk_single_quotations_over_paragraphs()
    {
        Assert.Equal(["It was cold. It was dark,"], QuotedTexts("'It was cold.", "'It was dark,' said Mr Kaye."));
    }

    [Fact]
    public void An_unclosed_mark_never_runs_into_the_next_paragraph()
    {
        Assert.Equal(["Second,"], QuotedTexts("He said \"first without an end.", "Plain narrative. \"Second,\" she said."));
    }

    [Fact]
    public void A_second_opening_mark_restarts_after_an_unclosed_one()
    {
        Assert.Equal(["We won,"], QuotedTexts("The sign read \"closed. Later: “We won,” said Mr Abara."));
    }

    [Fact]
    public void A_stray_closing_mark_is_ignored()
    {
        Assert.Equal(["Real quote here."], QuotedTexts("The 12\" pipe burst. She said: \"Real quote here.\""));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("“”")]
    [InlineData("''")]
    [InlineData("‘")]
    [InlineData("\" \"")]
    [InlineData("word\"word\"word")]
    public void Never_throws_on_unbalanced_or_empty_marks(string paragraph)
    {
        var quotations = Quotations(paragraph, "“", "next ’ paragraph");
        Assert.All(quotations, q => Assert.True(q.Text.Length > 0));
    }

    [Fact]
    public void Finds_many_quotations_in_order()
    {
        Assert.Equal(["A,", "B.", "C"], QuotedTexts("“A,” she said, “B.”", "Then \"C\" happened."));
    }

    [Fact]
    public void A_possible_possessive_at_the_end_of_a_continuing_paragraph_does_not_close_the_quotation()
    {
        Assert.Equal(["It changes with two days’ notice, every week. Nobody can plan a life around that."],
            QuotedTexts("‘It changes with two days’ notice, every week.", "‘Nobody can plan a life around that.’"));
    }

    [Fact]
    public void A_single_mark_after_a_plural_and_before_a_conjunction_closes_the_quotation_rather_than_reading_as_a_possessive()
    {
        Assert.Equal(["on the side of bill payers", "We are cutting bills this winter,"],
            QuotedTexts("The minister insisted the government was 'on the side of bill payers' and pointed to her plan.",
                "'We are cutting bills this winter,' she said."));
    }

    [Fact]
    public void A_plural_possessive_before_its_noun_inside_a_single_quotation_stays_inside_it()
    {
        Assert.Equal(["The nurses' pay deal is not enough"],
            QuotedTexts("She called it 'The nurses' pay deal is not enough' and left."));
    }

    [Fact]
    public void A_uk_single_quotation_opening_with_a_contracted_i_is_a_quotation()
    {
        Assert.Equal(["I've waited an hour for a bus that never came. Nobody's told us why.", "I'm not surprised,", "I'd go again."],
            QuotedTexts("Ms Okafor told the paper: 'I've waited an hour for a bus that never came. Nobody's told us why.'",
                "'I'm not surprised,' her neighbour said. 'I'd go again.'"));
    }

    [Fact]
    public void A_lone_letter_between_two_marks_is_still_no_quotation()
    {
        Assert.Empty(QuotedTexts("The band played rock 'n' roll until the hall's lights went out."));
    }

    [Fact]
    public void A_quotation_nested_in_the_same_marks_stays_inside_the_outer_quotation()
    {
        Assert.Equal(["The foreman told us “pack your tools and go home” before the shift had even started,", "It hurt."],
            QuotedTexts("“The foreman told us “pack your tools and go home” before the shift had even started,” said Ken Aldous. “It hurt.”"));
        Assert.Equal(["My landlord said \"you have until Friday to find somewhere else\" and hung up,"],
            QuotedTexts("\"My landlord said \"you have until Friday to find somewhere else\" and hung up,\" she said."));
    }

    [Fact]
    public void An_unclosed_mark_before_a_whole_quotation_still_gives_way_to_it()
    {
        Assert.Equal(["We are leaving,", "Now."], QuotedTexts("“It was over. “We are leaving,” she said, “Now.”"));
    }

    [Fact]
    public void A_single_mark_after_a_plural_and_before_an_auxiliary_closes_the_quotation()
    {
        Assert.Equal(["glory years", "We'd seen the problems coming,"],
            QuotedTexts("He said the club's 'glory years' were long gone.", "'We'd seen the problems coming,' he added."));
    }
}
