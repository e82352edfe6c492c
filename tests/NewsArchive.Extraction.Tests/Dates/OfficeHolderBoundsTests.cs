namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// An office holder named with the title ("Prime Minister Liz Truss", "Taoiseach Leo Varadkar") bounds the story to the
/// holder's terms; "then-" only to after the term began; "former", "shadow", "deputy" not at all.
/// </summary>
public sealed class OfficeHolderBoundsTests
{
    private static string Bounds(string body, DateOnly? earliest = null) => KnownEventBoundsText.Of(body, earliest);

    [Fact]
    public void A_holder_named_with_the_title_puts_the_story_within_the_term()
    {
        Assert.Equal("2022-09-06..2022-10-26", Bounds("Prime Minister Liz Truss met business leaders in Downing Street on Monday."));
        Assert.Equal("2018-12-13..2024-03-21", Bounds("Welsh First Minister Mark Drakeford opened the new ward at the hospital."));
    }

    [Fact]
    public void A_holder_still_in_office_gives_only_a_lower_bound()
    {
        Assert.Equal("2024-07-05..-", Bounds("Chancellor Rachel Reeves will set out the figures to MPs."));
    }

    [Fact]
    public void A_holder_with_two_terms_gives_what_the_rest_of_the_evidence_allows()
    {
        Assert.Equal("2017-06-14..2024-04-10", Bounds("Taoiseach Leo Varadkar told the Dáil the talks would go on."));
        Assert.Equal("2022-12-17..2024-04-10", Bounds("Taoiseach Leo Varadkar told the Dáil the talks would go on.", new DateOnly(2021, 1, 1)));
        Assert.Equal("2025-01-20..-", Bounds("The agency's budget was cut after President Trump signed the order.", new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public void A_then_holder_only_puts_the_story_after_the_term_began()
    {
        Assert.Equal("2010-05-11..-", Bounds("The scheme was drawn up under then-Chancellor George Osborne, officials said."));
        Assert.Equal("2017-02-09..-", Bounds("The letters were sent by then-U.S. Attorney General Jeff Sessions to the cities."));
    }

    [Fact]
    public void A_former_shadow_or_deputy_holder_says_nothing()
    {
        Assert.Equal("-..-", Bounds("Former President Barack Obama spoke at the rally in Atlanta."));
        Assert.Equal("-..-", Bounds("Shadow chancellor Rachel Reeves said the plan did not add up."));
        Assert.Equal("-..-", Bounds("Deputy First Minister Michelle O'Neill visited the school."));
        Assert.Equal("-..-", Bounds("Britain's ex-Prime Minister Gordon Brown called for a summit."));
    }

    [Fact]
    public void A_holder_in_a_sentence_dated_by_its_year_is_history()
    {
        Assert.Equal("-..-", Bounds("In 2003, President George W. Bush ordered the invasion of Iraq."));
    }

    [Fact]
    public void Two_holders_of_one_office_say_nothing_of_the_story()
    {
        Assert.Equal("-..-", Bounds("The rule written under President Obama was scrapped by President Trump."));
    }

    [Fact]
    public void A_holder_in_a_quotation_is_the_speakers()
    {
        Assert.Equal("-..-", Bounds("\"Mayor Bill de Blasio never answered our letters,\" she said."));
    }
}
