namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Shapes from the round-15 second entity pass: a surname of two words standing alone ("Ms Ní Bhriain", "Le Pen") is the
/// person named in full before; ranks stack before a name ("Deputy Assistant Commissioner Jo Roe"); a judge's title takes
/// a full name too ("Mr Justice Declan Roe").
/// </summary>
public class QualityEntities15bPatternTests
{
    [Fact]
    public void An_irish_surname_of_two_words_alone_is_the_person_named_in_full()
    {
        var set = TestArticles.Recognize(
            "Orla Ní Chonaill, who chairs the residents' group, said the road was unsafe.",
            "\"Nobody listened to us,\" Ms Ní Chonaill said.");
        var person = set.Person("Orla Ní Chonaill");
        Assert.Contains("Ms Ní Chonaill", person.Aliases);
        Assert.DoesNotContain("Ní Chonaill", set.People.Names());
    }

    [Fact]
    public void A_particle_surname_alone_joins_the_one_person_it_ends()
    {
        var set = TestArticles.Recognize(
            "Ciarán Ó Floinn, a pharmacist in Tuam, said demand had doubled.",
            "Ó Floinn said he had hired two more staff.");
        Assert.Contains("Ó Floinn", set.Person("Ciarán Ó Floinn").Aliases);
        Assert.DoesNotContain("Ó Floinn", set.People.Names());
    }

    [Fact]
    public void A_two_word_name_opening_with_a_given_name_stays_its_own_person()
    {
        var set = TestArticles.Recognize(
            "Mary Ann Whitcombe chaired the meeting.",
            "Ann Whitcombe, her sister, said the hall was full.");
        Assert.Contains("Ann Whitcombe", set.People.Names());
    }

    [Fact]
    public void Stacked_ranks_before_a_name_are_all_the_role()
    {
        var set = TestArticles.Recognize("Deputy Assistant Commissioner Laura Pettigrew said officers would patrol the route.");
        var person = set.Person("Laura Pettigrew");
        Assert.Contains(person.Roles, r => r.EndsWith("Commissioner", StringComparison.Ordinal));
    }

    [Fact]
    public void A_judges_title_before_a_full_name_is_the_role()
    {
        var set = TestArticles.Recognize("In his ruling, Mr Justice Cathal Brennock said the council had acted unlawfully.");
        Assert.Contains("Cathal Brennock", set.People.Names());
        Assert.DoesNotContain(set.People.Names(), n => n.StartsWith("Justice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reverend_written_without_its_full_stop_is_a_title()
    {
        var set = TestArticles.Recognize("The funeral was led by the Rev Martin Kinnaird, minister of the parish church.");
        Assert.Contains("Martin Kinnaird", set.People.Names());
        Assert.DoesNotContain(set.People.Names(), n => n.StartsWith("Rev", StringComparison.Ordinal));
    }

    [Fact]
    public void A_special_agent_is_a_title()
    {
        var set = TestArticles.Recognize("Special Agent Dana Whitcombe said the suspect had crossed the state line.");
        Assert.Equal(["Special Agent"], set.Person("Dana Whitcombe").Roles);
    }

    [Fact]
    public void A_given_name_written_with_its_accents_is_still_a_given_name()
    {
        var set = TestArticles.Recognize("Caoilfhionn Brady's neighbour, Ciarán Moylett, a retired postman, told the hearing the lane floods every winter.");
        Assert.Contains("Ciarán Moylett", set.People.Names());
        Assert.True(NewsArchive.Extraction.Lexicon.EntityLexicon.IsGivenName("Raúl"));
        Assert.True(NewsArchive.Extraction.Lexicon.EntityLexicon.IsGivenName("Siobhán"));
        Assert.False(NewsArchive.Extraction.Lexicon.EntityLexicon.IsGivenName("Córdoba"));
    }
}
