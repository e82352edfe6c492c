namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Organizations named once without a cue word, as unseen news writes them: parties before a title, publications a
/// source spoke to, employers after a role, bodies described by a noun, businesses someone owns or runs, and names that
/// hold a possessive. All names are invented.
/// </summary>
public class OrganizationRecallRound8Tests
{
    [Fact]
    public void A_party_before_a_members_title_is_an_organization_and_the_title_keeps_the_party_in_front()
    {
        var set = TestArticles.Recognize(
            "Raising the matter on Thursday, Plaid Cymru MS Elin ap Rhys said the plan was rushed.",
            "The committee's chair, Labour MS Gareth Pryce, said he would ask questions.");
        set.Organization("Plaid Cymru");
        set.Organization("Labour");
        Assert.Contains("Plaid Cymru MS", set.Person("Elin ap Rhys").Roles);
        Assert.Contains("Labour MS", set.Person("Gareth Pryce").Roles);
    }

    [Fact]
    public void A_party_adjective_before_a_party_noun_names_the_party()
    {
        var set = TestArticles.Recognize(
            "The Conservative opposition said the cap was too high.",
            "The Liberal Democrat candidate, Owen Farley, said both parties had failed.");
        Assert.Contains("Conservative", set.Organizations.Names());
        Assert.Contains("Liberal Democrat", set.Organizations.Names());
    }

    [Fact]
    public void A_party_adjective_in_a_persons_title_is_no_separate_mention_before_the_subject()
    {
        var set = TestArticles.Recognize("Conservative mayor Tom Pike, who is seeking a second term, defended his record.");
        set.Person("Tom Pike");
        Assert.DoesNotContain("Conservative", set.Organizations.Names());
    }

    [Fact]
    public void A_conservative_estimate_opening_a_sentence_is_no_party()
    {
        var set = TestArticles.Recognize("Conservative estimates put the cost at $2 million.", "A more conservative reading halves it.");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void National_branches_of_parties_are_organizations()
    {
        var set = TestArticles.Recognize(
            "The Welsh Liberal Democrats called for an inquiry, while the Scottish Greens backed the motion.",
            "The Welsh Conservatives' health spokesperson, Mari Lloyd, said the plan was reckless.");
        set.Organization("Welsh Liberal Democrats");
        set.Organization("Scottish Greens");
        set.Organization("Welsh Conservatives");
    }

    [Fact]
    public void Publications_a_source_spoke_to_are_organizations()
    {
        var set = TestArticles.Recognize(
            "\"We had minutes, not hours,\" he told Fenmoor Live from his home.",
            "\"Every farmer should act now,\" Mr Dalby told Orchard Weekly.",
            "\"The pilots never knew,\" she told The Ashby Defender in 1971.",
            "\"It took ninety seconds,\" the resident told Thursday Gazette.",
            "The chair told Kernow.News he would ask members to act.");
        set.Organization("Fenmoor Live");
        set.Organization("Orchard Weekly");
        set.Organization("Ashby Defender");
        set.Organization("Thursday Gazette");
        set.Organization("Kernow.News");
        Assert.DoesNotContain("Fenmoor", set.Places.Names());
    }

    [Fact]
    public void Where_a_role_is_held_names_an_organization()
    {
        var set = TestArticles.Recognize(
            "Senators questioned Halvard Moe, chief executive of Brightwave AI, and Nina Patel, the general counsel of Quillfield.",
            "Dr. Ruth Onyango, a cardiologist at Pellham Medicine, said she was worried.");
        set.Organization("Brightwave AI");
        set.Organization("Quillfield");
        set.Organization("Pellham Medicine");
    }

    [Fact]
    public void A_mayor_of_a_town_names_no_organization()
    {
        var set = TestArticles.Recognize("The mayor of Harwick Vale, Jo Pell, said the town had flooded twice.");
        Assert.DoesNotContain("Harwick Vale", set.Organizations.Names());
    }

    [Fact]
    public void A_noun_that_describes_an_organization_marks_the_name_beside_it()
    {
        var set = TestArticles.Recognize(
            "Residents formed a group called Bright Lantern in the spring.",
            "A criminal group calling itself Nightowl claimed the attack.",
            "The dealership, Fenwick Honda, closed in March 2021.",
            "Saturday's headliner is the band Copper Lanterns, who play at nine.",
            "Orrin, the independent body that represents patients, said it was concerned.");
        set.Organization("Bright Lantern");
        set.Organization("Nightowl");
        set.Organization("Fenwick Honda");
        set.Organization("Copper Lanterns");
        set.Organization("Orrin");
    }

    [Fact]
    public void A_contractor_named_by_given_name_is_a_person()
    {
        var set = TestArticles.Recognize("A retired contractor named Walt Brennan rebuilt the counters for free, Brennan said.");
        set.Person("Walt Brennan");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void A_sentence_initial_organization_noun_is_no_part_of_the_name()
    {
        var set = TestArticles.Recognize("Developer Harrowby Student Living had appealed after councillors refused the scheme.");
        set.Organization("Harrowby Student Living");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_company_named_for_its_state_is_an_organization_not_a_person()
    {
        var set = TestArticles.Recognize("Veltrix Louisiana said in a statement that power would return within a week.");
        set.Organization("Veltrix Louisiana");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_business_someone_owns_or_runs_or_left_is_an_organization()
    {
        var set = TestArticles.Recognize(
            "Angela Ruiz, who owns Taqueria El Sol on Main Street, said business was good.",
            "Her neighbor, Ray Pell, who has run Pell's Shoe Repair since 1998, disagreed.",
            "Osei founded the firm in 2014 after leaving Quantrel, where he had been a vice president.");
        set.Organization("Taqueria El Sol");
        set.Organization("Pell's Shoe Repair");
        set.Organization("Quantrel");
    }

    [Fact]
    public void Leaving_a_known_place_keeps_it_a_place()
    {
        var set = TestArticles.Recognize("The family settled in Leeds after leaving Kabul in 2021.");
        set.Place("Kabul");
        Assert.DoesNotContain("Kabul", set.Organizations.Names());
    }

    [Fact]
    public void A_possessive_inside_a_name_with_a_head_after_it_is_one_name()
    {
        var set = TestArticles.Recognize(
            "The port ran extra gangs with members of United Stevedores' Association Local 88 on Sunday.",
            "Residents formed a group called Save Ashby's Meadow earlier this year.",
            "She worked at Chicago's O'Hare International Airport for years.");
        Assert.Contains(set.Organizations.Names(), n => n.StartsWith("United Stevedores", StringComparison.Ordinal) && n.EndsWith("Local 88", StringComparison.Ordinal));
        set.Organization("Save Ashby's Meadow");
        set.Place("Chicago");
    }

    [Fact]
    public void Organization_heads_for_standing_bodies_make_organizations()
    {
        var set = TestArticles.Recognize(
            "The award came from the Organization of Rural Nurses and the Regulator of Water Services.",
            "The backlog grew, according to the Tenancy Records Clearinghouse, and the hustings was organised by the Fenmoor Citizens Forum.",
            "He was president of the County Wildlife Trusts for years.");
        set.Organization("Organization of Rural Nurses");
        set.Organization("Regulator of Water Services");
        set.Organization("Tenancy Records Clearinghouse");
        set.Organization("Fenmoor Citizens Forum");
        set.Organization("County Wildlife Trusts");
    }

    [Fact]
    public void A_name_ending_in_a_common_noun_that_speaks_is_a_body_not_a_person()
    {
        var set = TestArticles.Recognize(
            "Corvane Launch said a stuck valve caused the failure.",
            "The company plans another launch in March, and Tessa Baker said the launch window was tight.");
        set.Organization("Corvane Launch");
        set.Person("Tessa Baker");
        Assert.DoesNotContain("Corvane Launch", set.People.Names());
    }

    [Fact]
    public void A_field_word_opening_a_two_word_body_at_a_sentence_start_stays_in_its_name()
    {
        var set = TestArticles.Recognize(
            "Old orchards are vanishing.",
            "Orchards Trust, the national advisory body for orchards, said the loss was avoidable.");
        set.Organization("Orchards Trust");
    }
}
