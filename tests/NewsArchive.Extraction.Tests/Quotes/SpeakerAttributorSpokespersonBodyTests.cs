using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Bodies that speak through an unnamed spokesperson, and quotations a reaction verb attributes; every sentence is invented.</summary>
public class SpeakerAttributorSpokespersonBodyTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Gives_she_said_after_a_council_spokeswoman_to_the_council()
    {
        var e = KnownEntities(Organization("Wyeshire County Council", "The council"), Person("Tim Vole", ["Vole"]));
        Assert.Equal([("Numbers will keep falling,", "Wyeshire County Council")], Quotes(e,
            "Tim Vole said the school should stay open.",
            "A council spokeswoman said forecasts took account of new housing.",
            "\"Numbers will keep falling,\" she said."));
    }

    [Fact]
    public void Gives_she_said_after_a_spokeswoman_for_the_charity_to_the_charity_the_text_was_about()
    {
        var e = KnownEntities(Organization("Help Wyeshire"), Person("Tim Vole", ["Vole"]));
        Assert.Equal([("We hear from nurses every day,", "Help Wyeshire")], Quotes(e,
            "Tim Vole said the payment was late.",
            "Help Wyeshire said calls to its helpline had doubled.",
            "A spokeswoman for the charity said many callers were pensioners. \"We hear from nurses every day,\" she said."));
    }

    [Fact]
    public void Gives_a_spokesman_for_the_body_to_the_organization_just_named()
    {
        var e = KnownEntities(Organization("Rivers Heritage Trust"), Person("Tim Vole", ["Vole"]));
        Assert.Equal([("fully backs the plan to reopen the mill", "Rivers Heritage Trust")], Quotes(e,
            "Tim Vole said the mill had been shut for a decade.",
            "The scheme is being followed by Rivers Heritage Trust. A spokesman for the body said it \"fully backs the plan to reopen the mill\"."));
    }

    [Fact]
    public void Keeps_he_said_after_an_unnamed_manager_null()
    {
        var e = KnownEntities(Organization("Help Wyeshire"), Person("Tim Vole", ["Vole"]));
        Assert.Equal([("We are stretched,", null)], Quotes(e,
            "Tim Vole said the payment was late.",
            "A manager at the charity said calls had doubled.",
            "\"We are stretched,\" he said."));
    }

    [Fact]
    public void Gives_a_spokesperson_for_the_utilities_commission_to_the_commission_whose_name_ends_so()
    {
        var e = KnownEntities(Organization("Wyeshire Public Utilities Commission", "the commission"), Person("Tim Vole", ["Vole"]));
        Assert.Equal([("The old rates were unfair,", "Wyeshire Public Utilities Commission"), ("It will last.", "Wyeshire Public Utilities Commission")], Quotes(e,
            "Tim Vole said the Wyeshire Public Utilities Commission had cut the rates.",
            "A spokesperson for the utilities commission defended the change. \"The old rates were unfair,\" the spokesperson said. \"It will last.\""));
    }

    [Fact]
    public void Gives_a_spokeswoman_for_the_combined_authority_to_the_authority()
    {
        var e = KnownEntities(Organization("North Yorkshire Combined Authority"), Person("Tim Vole", ["Vole"]));
        Assert.Equal([("We have only just heard of the cuts.", "North Yorkshire Combined Authority")], Quotes(e,
            "Tim Vole wrote to the North Yorkshire Combined Authority on Monday.",
            "A spokeswoman for the combined authority said: \"We have only just heard of the cuts.\""));
    }

    [Fact]
    public void Gives_a_spokesperson_for_the_kind_and_name_to_the_name_not_the_body_before()
    {
        var e = KnownEntities(Organization("Safe Lanes"), Organization("Slow Down Wyeshire"), Person("Tim Vole", ["Vole"]));
        Assert.Equal([("Every crash avoided counts,", "Safe Lanes")], Quotes(e,
            "Slow Down Wyeshire said the limit was working.",
            "A spokesperson for the road safety charity Safe Lanes said the benefits took time.",
            "\"Every crash avoided counts,\" the spokesperson said."));
    }

    [Fact]
    public void Gives_a_quotation_a_person_laughed_to_that_person()
    {
        var e = KnownEntities(Person("Maggie Trow", ["Trow"]));
        Assert.Equal([("I'll stop when my legs tell me to,", "Maggie Trow")], Quotes(e,
            "Among the swimmers was retired nurse Maggie Trow, 80, on her 40th crossing.",
            "\"I'll stop when my legs tell me to,\" she laughed."));
    }

    [Fact]
    public void Gives_a_quotation_before_laughed_and_a_name_to_that_name_and_its_sequel_too()
    {
        var e = KnownEntities(Person("Maggie Trow", ["Trow"]), Person("Ed Pole", ["Pole"]));
        Assert.Equal([("Colder than it looks,", "Maggie Trow"), ("Much colder.", "Maggie Trow")], Quotes(e,
            "Ed Pole opened the pool at nine.",
            "\"Colder than it looks,\" chuckled swimmer Maggie Trow, 74. \"Much colder.\""));
    }

    [Fact]
    public void Gives_the_spokesperson_added_after_a_lowercase_body_word_spokesperson_to_the_body_the_sentence_before_opened_with()
    {
        var e = KnownEntities(Organization("Wyeshire Constabulary"), Person("Tim Vole", ["Vole"]));
        Assert.Equal([("We thank the public for their patience.", "Wyeshire Constabulary")], Quotes(e,
            "Tim Vole led the parade.",
            "Wyeshire Constabulary said the day passed off quietly. A constabulary spokesperson said three people were arrested.",
            "The spokesperson added: \"We thank the public for their patience.\""));
    }
}
