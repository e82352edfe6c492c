namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Shapes from the round-16 entity pass: a body named for the two areas it serves ("Devon and Cornwall Police"), two bodies
/// listed after an organization's "of" ("the University of Leeds and Bradford College"), and a county that acts or speaks
/// is its government ("Harlow County opened a shelter").
/// </summary>
public class QualityEntities16PatternTests
{
    [Fact]
    public void A_body_named_for_two_areas_is_one_organization()
    {
        var set = TestArticles.Recognize(
            "Officers from Devon and Cornwall Police were called to the harbour on Sunday.",
            "Crews from Hampshire and Wiltshire Fire and Rescue Service joined them.");
        set.Organization("Devon and Cornwall Police");
        set.Organization("Hampshire and Wiltshire Fire and Rescue Service");
        Assert.DoesNotContain("Devon", set.Places.Names());
        Assert.DoesNotContain("Cornwall Police", set.Organizations.Names());
    }

    [Fact]
    public void A_body_named_for_two_areas_speaks_as_a_body_at_a_sentence_start()
    {
        var set = TestArticles.Recognize(
            "Heavy rain fell overnight.",
            "Devon and Somerset Fire and Rescue Service said crews pumped water from 30 homes.");
        set.Organization("Devon and Somerset Fire and Rescue Service");
        Assert.Empty(set.People);
    }

    [Fact]
    public void Two_places_alone_stay_two_places()
    {
        var set = TestArticles.Recognize("Ferries between Devon and Cornwall were cancelled on Friday.");
        set.Place("Devon");
        set.Place("Cornwall");
    }

    [Fact]
    public void A_place_body_after_and_inside_an_organization_of_is_a_second_body()
    {
        var set = TestArticles.Recognize("Students returned to the University of Leeds and Bradford College this week.");
        set.Organization("University of Leeds");
        set.Organization("Bradford College");
    }

    [Fact]
    public void Fields_after_and_inside_an_organization_of_stay_one_body()
    {
        var set = TestArticles.Recognize(
            "The Department of Health and Human Services issued new guidance.",
            "The Friends of the Stockton and Darlington Railway held a walk.");
        set.Organization("Department of Health and Human Services");
        set.Organization("Friends of the Stockton and Darlington Railway");
    }

    [Fact]
    public void A_county_that_acts_or_speaks_is_its_government()
    {
        var set = TestArticles.Recognize(
            "Harlow County opened four cooling centers on Wednesday as temperatures climbed.",
            "Pinecrest County says the storm damaged 300 homes.");
        set.Organization("Harlow County");
        set.Organization("Pinecrest County");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_countys_officials_speak_for_its_government()
    {
        var set = TestArticles.Recognize("Harlow County officials said the bridge would reopen in May.");
        set.Organization("Harlow County");
    }

    [Fact]
    public void A_county_where_things_happen_stays_a_place()
    {
        var set = TestArticles.Recognize("Three homes burned in Harlow County on Sunday, firefighters said.");
        set.Place("Harlow County");
    }
}

/// <summary>
/// Committees named for their field in lower case: one field word is enough after a named body's possessive or a house
/// of a legislature; a list of fields may hold commas or a word that alone names a kind of committee.
/// </summary>
public class QualityEntities16CommitteeTests
{
    [Fact]
    public void A_named_councils_one_word_committee_is_an_organization()
    {
        var set = TestArticles.Recognize("Councillors on Harwick City Council's licensing committee refused the application.");
        set.Organization("licensing committee");
    }

    [Fact]
    public void A_house_of_a_legislature_opens_its_committees_name()
    {
        var set = TestArticles.Recognize(
            "The Commons transport committee will question the rail minister.",
            "The Oireachtas housing committee heard from tenants on Tuesday.");
        set.Organization("Commons transport committee");
        set.Organization("Oireachtas housing committee");
        Assert.DoesNotContain("Commons", set.Organizations.Names());
    }

    [Fact]
    public void A_list_of_fields_names_one_committee()
    {
        var set = TestArticles.Recognize(
            "If the policy and resources committee backs the plan, work starts in May.",
            "The council's parks, leisure and culture committee discussed it first.");
        set.Organization("policy and resources committee");
        set.Organization("parks, leisure and culture committee");
    }

    [Fact]
    public void A_committee_that_only_places_a_member_is_no_organization()
    {
        var set = TestArticles.Recognize(
            "Dr Ana Reyes, a member of the Dental Association's practice committee, said the cap was wrong.",
            "Harwick City Council's finance committee chairman, Cllr Tom Hale, disagreed.");
        Assert.DoesNotContain("practice committee", set.Organizations.Names());
        Assert.DoesNotContain("finance committee", set.Organizations.Names());
    }

    [Fact]
    public void An_unnamed_councils_one_word_committee_stays_unnamed()
    {
        var set = TestArticles.Recognize("The plan goes to the council's finance committee next week.");
        Assert.DoesNotContain("finance committee", set.Organizations.Names());
    }
}

/// <summary>Place heads: a bayou is a waterway, an interchange a transport hub, a parish church where something happened.</summary>
public class QualityEntities16PlaceHeadTests
{
    [Fact]
    public void A_bayou_is_a_place()
    {
        var set = TestArticles.Recognize("Homes along Cotton Bayou flooded again on Sunday.");
        set.Place("Cotton Bayou");
    }

    [Fact]
    public void An_interchange_is_a_place()
    {
        var set = TestArticles.Recognize("Buses will run between the hospital and Harwick Interchange from Monday.");
        set.Place("Harwick Interchange");
    }

    [Fact]
    public void A_saints_church_where_people_gathered_is_a_place_and_a_denominations_church_is_a_body()
    {
        var set = TestArticles.Recognize(
            "Crowds gathered outside St Anne's Church for the two-minute silence.",
            "The council will hold a drop-in session at Harwick Methodist Church on Thursday.");
        set.Place("St Anne's Church");
        Assert.DoesNotContain("Harwick Methodist Church", set.Places.Names());
    }
}

/// <summary>Common words before a nation's name name a national body, at a sentence's start too.</summary>
public class QualityEntities16NationalBodyTests
{
    [Fact]
    public void Common_words_before_a_nation_keep_their_first_word_at_a_sentence_start()
    {
        var set = TestArticles.Recognize(
            "Water bills will rise by 8% in April.",
            "Water Standards Wales said the rise was needed to fund repairs.");
        set.Organization("Water Standards Wales");
        Assert.DoesNotContain("Standards Wales", set.Organizations.Names());
    }
}

/// <summary>An acronym nobody spells out is a body when it acts, inspects or publishes.</summary>
public class QualityEntities16AcronymTests
{
    [Fact]
    public void An_acronym_that_acts_is_an_organization()
    {
        var set = TestArticles.Recognize("Riders were told to expect delays. HARTA will run buses every 20 minutes on Sunday.");
        set.Organization("HARTA");
    }

    [Fact]
    public void An_acronym_that_inspects_is_an_organization()
    {
        var set = TestArticles.Recognize("A QHCA inspection in March found the ward was overcrowded.");
        set.Organization("QHCA");
    }

    [Fact]
    public void An_acronym_for_a_measure_stays_none()
    {
        var set = TestArticles.Recognize("The GDP figures were weaker than expected.");
        Assert.Empty(set.Organizations);
    }
}

/// <summary>Ranges and routes: the ends of a route, and a range whose other end is a known place, are places.</summary>
public class QualityEntities16RangeTests
{
    [Fact]
    public void The_ends_of_a_named_route_are_places()
    {
        var set = TestArticles.Recognize("The ferry was withdrawn from the Portavadie to Tarbert crossing on Monday.");
        set.Place("Portavadie");
        set.Place("Tarbert");
    }

    [Fact]
    public void A_range_ending_at_a_known_place_makes_its_start_a_place()
    {
        var set = TestArticles.Recognize("The storm flooded streets from Leeds to Harewood overnight.");
        set.Place("Harewood");
    }

    [Fact]
    public void A_range_of_days_names_no_place()
    {
        var set = TestArticles.Recognize("The library will open from Monday to Friday.");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void A_castle_after_at_and_quays_are_places()
    {
        var set = TestArticles.Recognize(
            "A beacon will be lit at Harwick Castle at 7pm.",
            "Residents of a Harwick Quays block say they feel unsafe.");
        set.Place("Harwick Castle");
        set.Place("Harwick Quays");
    }
}

/// <summary>A union named for its members after "United" keeps its members' plural title and is no person.</summary>
public class QualityEntities16UnionTests
{
    [Fact]
    public void A_union_named_for_its_members_keeps_them()
    {
        var set = TestArticles.Recognize("Harlow State United Teachers said the union would appeal.");
        set.Organization("Harlow State United Teachers");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_partys_plural_title_after_a_name_is_still_dropped()
    {
        var set = TestArticles.Recognize("Labour MPs voted against the bill on Tuesday.");
        Assert.DoesNotContain("Labour MPs", set.Organizations.Names());
    }
}

/// <summary>A war is a happening, and its front where it was fought; a department of war stays a body.</summary>
public class QualityEntities16WarTests
{
    [Fact]
    public void A_war_is_no_organization_and_its_front_is_a_place()
    {
        var set = TestArticles.Recognize(
            "The First World War claimed the lives of 900,000 British servicemen.",
            "Her grandfather died on the Eastern Front in 1916.");
        Assert.Empty(set.Organizations);
        set.Place("Eastern Front");
    }

    [Fact]
    public void A_department_of_war_and_a_partys_front_stay_organizations()
    {
        var set = TestArticles.Recognize("The Department of War said it would respond. The National Front marched on Saturday.");
        set.Organization("Department of War");
        set.Organization("National Front");
    }
}

/// <summary>One word after "in" before "and" and a body is where the body before it stands, not part of the next body.</summary>
public class QualityEntities16ListOfSitesTests
{
    [Fact]
    public void A_town_after_in_is_not_joined_to_the_next_body()
    {
        var set = TestArticles.Recognize(
            "Maple Grove Middle in Harwick and Cedar Run Elementary in Pinecrest Beach will close in June.");
        set.Organization("Cedar Run Elementary");
        set.Place("Harwick");
        Assert.DoesNotContain("Harwick and Cedar Run Elementary", set.Organizations.Names());
    }
}

/// <summary>A compass word before "and" and another shares the name after the second; alone it names nothing.</summary>
public class QualityEntities16SharedCompassTests
{
    [Fact]
    public void A_compass_word_sharing_the_next_name_is_no_place_alone()
    {
        var set = TestArticles.Recognize(
            "The charge now covers the North and South Circular roads.",
            "Grants went to shops on the East and West sides of the city.");
        Assert.DoesNotContain("North", set.Places.Names());
        Assert.DoesNotContain("East", set.Places.Names());
    }

    [Fact]
    public void A_region_before_and_another_region_stays_a_place()
    {
        var set = TestArticles.Recognize("Storms swept across the Midwest and the South on Sunday.");
        set.Place("Midwest");
    }
}

/// <summary>A legislator's party tag with a numbered district names no place.</summary>
public class QualityEntities16PartyDistrictTests
{
    [Fact]
    public void A_party_tag_with_a_numbered_district_names_no_place()
    {
        var set = TestArticles.Recognize("\"We need more buses,\" said state Rep. Lisa Marr (D-15th District), who represents the area.");
        Assert.Empty(set.Places);
        set.Person("Lisa Marr");
    }

    [Fact]
    public void A_party_tag_with_a_state_still_names_the_state()
    {
        var set = TestArticles.Recognize("Sen. Tom Hale (R-Texas) voted against the bill.");
        set.Place("Texas");
    }
}

/// <summary>A ship is no entity, whatever title its name holds.</summary>
public class QualityEntities16ShipTests
{
    [Fact]
    public void A_ship_named_with_a_title_is_no_person_or_organization()
    {
        var set = TestArticles.Recognize("The repairs came a week after HMS Prince Edmund, the navy's newest carrier, docked.");
        Assert.Empty(set.People);
        Assert.DoesNotContain("HMS", set.Organizations.Names());
    }
}

/// <summary>A group of four-letter plurals for a cause is one name too.</summary>
public class QualityEntities16ShortGroupTests
{
    [Fact]
    public void A_short_plural_group_for_a_cause_is_one_organization()
    {
        var set = TestArticles.Recognize("A spokeswoman for the campaign group Dads for Cleaner Air said the plan was too slow.");
        set.Organization("Dads for Cleaner Air");
    }
}

/// <summary>A system that is run is a body when three words or more name it.</summary>
public class QualityEntities16SystemTests
{
    [Fact]
    public void A_retirement_system_is_an_organization()
    {
        var set = TestArticles.Recognize("Pension payments go to the County Teachers' Retirement System each year.");
        set.Organization("County Teachers' Retirement System");
    }

    [Fact]
    public void Two_words_before_system_name_a_thing()
    {
        var set = TestArticles.Recognize("Pluto is in the outer Solar System, far from the Sun.");
        Assert.DoesNotContain("Solar System", set.Organizations.Names());
    }
}
