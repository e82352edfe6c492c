using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Voices of news copy: roles, forces, spokespeople, anonymous officials and residents; every sentence is invented.</summary>
public class SpeakerAttributorVoiceShapeTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Gives_a_quotation_to_the_person_named_in_the_that_was_the_message_sentence_after_it()
    {
        var e = KnownEntities(Person("Jo Smalley", ["Smalley"], ["union leader"]), Organization("Unite"));
        Assert.Equal([("We are not going anywhere until this is settled.", "Jo Smalley")], Quotes(e,
            "\"We are not going anywhere until this is settled.\" That was the message from union leader Jo Smalley on Monday."));
    }

    [Fact]
    public void Gives_the_chancellor_told_mps_to_the_chancellor_not_the_shadow_chancellor()
    {
        var e = KnownEntities(Person("Helen Markby", ["Markby"], ["Chancellor"]), Person("Tom Grice", ["Grice"], ["shadow chancellor"]));
        Assert.Equal([("This budget puts working families first,", "Helen Markby")], Quotes(e,
            "Chancellor Helen Markby set out her plans on Wednesday.",
            "\"This budget puts working families first,\" the chancellor told MPs."));
    }

    [Fact]
    public void Keeps_he_null_when_it_stands_for_an_unnamed_manager()
    {
        var e = KnownEntities(Organization("Varn Logistics"), Person("Kate Mole", ["Mole"]));
        Assert.Equal([("Kate Mole has done nothing wrong and we back her completely,", null)], Quotes(e,
            "Kate Mole was suspended last week.",
            "Varn Logistics said it would review the case.",
            "A senior manager at the firm was blunt. \"Kate Mole has done nothing wrong and we back her completely,\" he said."));
    }

    [Fact]
    public void Gives_police_said_without_an_article_to_the_police_force_the_text_named()
    {
        var e = KnownEntities(Organization("Thames Valley Police", "the police"), Person("Ray Knoll", ["Knoll"]));
        Assert.Equal([("there is no wider risk to the public at this time", "Thames Valley Police")], Quotes(e,
            "Ray Knoll, 52, was arrested on Sunday. Thames Valley Police were called to the house at 2am.",
            "Police said \"there is no wider risk to the public at this time\" and asked witnesses to come forward."));
    }

    [Fact]
    public void Gives_a_downing_street_spokesperson_to_downing_street()
    {
        var e = KnownEntities(Organization("Downing Street"), Person("Keir Holm", ["Holm"], ["Prime Minister"]));
        Assert.Equal([("The prime minister has full confidence in the home secretary.", "Downing Street")], Quotes(e,
            "Prime Minister Keir Holm was in Brussels on Monday.",
            "A Downing Street spokesperson said: \"The prime minister has full confidence in the home secretary.\""));
    }

    [Fact]
    public void Keeps_anonymous_officials_describing_an_agreement_null()
    {
        var e = KnownEntities(Person("Dana Ruiz", ["Ruiz"], ["Secretary of State"]), Organization("State Department"));
        Assert.Equal([("a significant step toward a lasting ceasefire in the region", null)], Quotes(e,
            "Secretary of State Dana Ruiz arrived in Cairo on Sunday.",
            "Two U.S. officials, speaking on condition of anonymity, described the agreement as \"a significant step toward a lasting ceasefire in the region\"."));
    }

    [Fact]
    public void Gives_a_quotation_to_the_resident_named_in_apposition_with_an_age()
    {
        var e = KnownEntities(Person("Pat Ives", ["Ives"]), Person("Mo Tarr", ["Tarr"]));
        Assert.Equal([("The water came up to the second step in ten minutes,", "Pat Ives")], Quotes(e,
            "Mo Tarr, the mayor, toured the street on Tuesday.",
            "\"The water came up to the second step in ten minutes,\" one resident, Pat Ives, 67, said."));
    }

    [Fact]
    public void Keeps_she_on_the_doctor_across_paragraphs_that_mention_a_child()
    {
        var e = KnownEntities(Person("Lena Osei", ["Osei", "Dr Osei"]), Person("Karl Brook", ["Brook"]));
        Assert.Equal([("The vaccine works,", "Lena Osei"), ("What we need now is for people to come forward.", "Lena Osei"), ("The clinics are open every day this week,", "Lena Osei")], Quotes(e,
            "Karl Brook, 9, caught measles in March. Dr Lena Osei, who runs the county clinic, said cases were rising.",
            "\"The vaccine works,\" she said. \"What we need now is for people to come forward.\"",
            "Dr Osei said the clinic had given 400 doses since Friday.",
            "\"The clinics are open every day this week,\" she added."));
    }

    [Fact]
    public void Gives_a_spokesperson_for_the_group_to_the_group_named_before()
    {
        var e = KnownEntities(Organization("Save Fenmarsh"), Organization("Fenmarsh Council", "the council"));
        Assert.Equal([("well before the end of the month at the latest", "Save Fenmarsh")], Quotes(e,
            "Fenmarsh Council approved the plan. Save Fenmarsh has 20 days to appeal.",
            "A spokesperson for the group said it expected to file \"well before the end of the month at the latest\"."));
    }

    [Fact]
    public void Gives_a_quotation_after_sentencing_him_to_the_judge_not_the_defendant()
    {
        var e = KnownEntities(Person("Mark Dunn", ["Dunn"]), Person("Ann Petrie", ["Petrie", "Judge Petrie"], ["Judge"]));
        Assert.Equal([("You betrayed the trust of every family who relied on you,", "Ann Petrie")], Quotes(e,
            "Mark Dunn, 45, was jailed for six years at Leeds Crown Court on Friday.",
            "Sentencing him, Judge Ann Petrie said: \"You betrayed the trust of every family who relied on you,\" before adding that he had shown no remorse."));
    }
}
