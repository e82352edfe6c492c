namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Shapes from the round-13 entity pass: public bodies named for the fields they cover ("X Health and Social Care
/// Trust", "Parks, Recreation and Libraries Department") and known bodies with their country before them.
/// </summary>
public class QualityEntities13PatternTests
{
    [Fact]
    public void A_field_and_more_fields_before_a_body_kind_are_one_body()
    {
        var set = TestArticles.Recognize(
            "The Western Health and Social Care Trust said it had opened two extra wards at the weekend.",
            "A complaint was passed to the Norland Housing and Community Development Board last month.");
        set.Organization("Western Health and Social Care Trust");
        set.Organization("Norland Housing and Community Development Board");
        Assert.DoesNotContain(set.Organizations.Names(), n => n is "Social Care Trust" or "Community Development Board");
    }

    [Fact]
    public void Two_companies_joined_by_and_stay_two()
    {
        var set = TestArticles.Recognize(
            "Shares of Kestrel Securities and Morrow Capital Partners fell sharply after the ruling, traders said.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains(" and "));
    }

    [Fact]
    public void A_known_body_keeps_the_country_written_before_it()
    {
        var set = TestArticles.Recognize(
            "The company disclosed the loss in a filing with the U.S. Securities and Exchange Commission on Friday.");
        set.Organization("U.S. Securities and Exchange Commission");
        Assert.DoesNotContain(set.Organizations.Names(), n => n is "U.S. Securities" or "Exchange Commission");
    }

    [Fact]
    public void A_comma_list_of_fields_before_a_department_is_one_department()
    {
        var set = TestArticles.Recognize(
            "The council asked the city's Parks, Recreation and Cultural Services Department to draw up a plan.");
        set.Organization("Parks, Recreation and Cultural Services Department");
        Assert.DoesNotContain(set.Organizations.Names(), n => n is "Recreation and Cultural Services Department");
    }

    [Fact]
    public void Every_item_of_a_list_before_a_plural_site_noun_is_a_place()
    {
        var set = TestArticles.Recognize(
            "Under the proposals, the Tollcross, Brackenfield and Wester Hailes libraries would be handed to a local trust.",
            "Swimmers will be sent to the Ormsby and Kettleworth pools while the repairs are made.");
        set.Place("Tollcross");
        set.Place("Brackenfield");
        set.Place("Wester Hailes");
        set.Place("Ormsby");
        set.Place("Kettleworth");
    }

    [Fact]
    public void A_sentences_first_word_before_a_plural_site_noun_is_no_place()
    {
        var set = TestArticles.Recognize("Rural pools have closed in many counties since 2020, the report said.");
        Assert.DoesNotContain(set.Places.Names(), n => n is "Rural");
    }

    [Fact]
    public void A_building_after_at_is_where_something_happened()
    {
        var set = TestArticles.Recognize(
            "About 200 people attended the meeting at Fernley Town Hall on Tuesday night.",
            "The touring company will stage the play at the Kelso Theatre next month.",
            "Stallholders at Brindle Market said trade had doubled since the roadworks ended.");
        set.Place("Fernley Town Hall");
        set.Place("Kelso Theatre");
        set.Place("Brindle Market");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains("Hall") || n.Contains("Theatre") || n.Contains("Market"));
    }

    [Fact]
    public void A_citys_hall_stays_its_government()
    {
        var set = TestArticles.Recognize("Protesters gathered at Lowell City Hall before the vote, and City Hall said the plan would go ahead.");
        Assert.DoesNotContain(set.Places.Names(), n => n.Contains("City Hall"));
    }

    [Fact]
    public void An_irish_name_opened_by_its_article_is_a_body()
    {
        var set = TestArticles.Recognize(
            "The appeal was lodged with An Bord Pleanála in May, and An Taisce has objected to the scheme.",
            "Parcels sent with An Post will arrive late, the company said.");
        set.Organization("An Bord Pleanála");
        set.Organization("An Taisce");
        set.Organization("An Post");
        Assert.Empty(set.People);
    }

    [Fact]
    public void An_english_an_before_a_name_is_no_part_of_it()
    {
        var set = TestArticles.Recognize(
            "An Environment Agency spokesperson said the river had peaked. He met An Taoiseach Micheál Martin later.");
        set.Organization("Environment Agency");
        Assert.DoesNotContain(set.AllSurfaceForms(), n => n.StartsWith("An ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_between_a_and_a_noun_for_a_person_is_the_persons_town()
    {
        var set = TestArticles.Recognize(
            "A jury on Friday found a Wexham man guilty of the robbery, and an Orrisford pensioner gave evidence.");
        set.Place("Wexham");
        set.Place("Orrisford");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_party_or_an_employer_before_a_noun_for_a_person_is_no_town()
    {
        var set = TestArticles.Recognize("She was a Labour woman all her life, and a Tesco worker backed her campaign.");
        Assert.DoesNotContain(set.Places.Names(), n => n is "Labour" or "Tesco");
    }

    [Fact]
    public void Middle_upper_or_lower_before_a_known_place_is_a_region_of_it()
    {
        var set = TestArticles.Recognize(
            "The ice storm was the worst to hit Middle Tennessee in a decade, and crews from Upper Michigan were sent south.",
            "Wages are higher than in the Lower 48, the report said.");
        set.Place("Middle Tennessee");
        set.Place("Upper Michigan");
        Assert.DoesNotContain(set.Places.Names(), n => n is "Lower");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void What_a_route_links_or_calls_at_are_places()
    {
        var set = TestArticles.Recognize(
            "The three routes link Brackwell, Ottery Vale and Stanmoor with the city centre.",
            "The winter timetable cuts port calls at Tarn, Stonecross and Cobb Point to one a week.");
        foreach (var place in new[] { "Brackwell", "Ottery Vale", "Stanmoor", "Tarn", "Stonecross", "Cobb Point" })
            set.Place(place);
        Assert.Empty(set.People);
    }

    [Fact]
    public void Companies_after_at_are_no_list_of_places()
    {
        var set = TestArticles.Recognize("Engineers at Vantrix, Bellmore and Quillon said the chips would be late.");
        Assert.DoesNotContain(set.Places.Names(), n => n is "Vantrix" or "Bellmore" or "Quillon");
    }

    [Fact]
    public void A_street_named_by_its_ordinal_is_a_place()
    {
        var set = TestArticles.Recognize(
            "The cyclist was struck while riding along Northeast 22nd Street, two blocks from 9th Avenue.");
        set.Place("Northeast 22nd Street");
        set.Place("9th Avenue");
        Assert.DoesNotContain(set.Places.Names(), n => n is "Northeast" or "Street" or "Avenue");
    }

    [Fact]
    public void A_lone_word_that_is_no_ones_name_is_a_body_that_speaks()
    {
        var set = TestArticles.Recognize(
            "Services through the tunnel were cancelled on Sunday. Trantunnel said trains would run again by noon.",
            "Shopworkers were asked to cover extra shifts, and Ushaw said it had received hundreds of complaints.");
        set.Organization("Trantunnel");
        set.Organization("Ushaw");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_lone_surname_a_relative_or_a_hyphenated_given_name_stays_a_person()
    {
        var set = TestArticles.Recognize(
            "\"It was a long wait,\" said Min-jun Okafor, who runs a bakery. Okafor said trade had fallen.",
            "Outside court, Mr Brannagh's daughter Zuleika told reporters the family was relieved.",
            "Two councillors, Bettany Qualtrough and Josiah Thibeau, voted against. Qualtrough said the cuts went too far.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n is "Okafor" or "Zuleika" or "Qualtrough");
    }

    [Fact]
    public void The_capitalized_government_alone_is_the_national_government()
    {
        var set = TestArticles.Recognize(
            "The union is calling on the Government to fund the pay rise. The Government said talks would resume.");
        set.Organization("Government");
        Assert.Empty(set.People);
    }

    [Fact]
    public void The_government_beside_a_named_one_is_that_one()
    {
        var set = TestArticles.Recognize(
            "The Welsh Government said the road would reopen. A spokesman for the Government said repairs were under way.");
        Assert.Contains("the Government", set.Organization("Welsh Government").Aliases);
        Assert.DoesNotContain(set.Organizations.Names(), n => n is "Government");
    }

    [Fact]
    public void The_government_in_lower_case_is_no_name()
    {
        var set = TestArticles.Recognize("Critics said the government had waited too long.");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void Cos_is_a_legal_suffix_that_keeps_its_full_stop()
    {
        var set = TestArticles.Recognize("The chain agreed to sell 400 stores to Harwell Cos. in March, the filing showed.");
        set.Organization("Harwell Cos.");
    }

    [Fact]
    public void A_name_before_group_is_the_groups()
    {
        var set = TestArticles.Recognize(
            "Mara Oyelowo, a member of the Harwick Safe Cycling group, spoke against the plan.",
            "Campaign group Keep Fenmoor Green said it would appeal.");
        set.Organization("Harwick Safe Cycling");
        Assert.DoesNotContain(set.Organizations.Names(), n => n is "Campaign");
    }

    [Fact]
    public void A_data_or_technology_firms_industry_word_makes_a_company()
    {
        var set = TestArticles.Recognize(
            "Footfall fell 4 per cent, according to figures from Brindlow Analytics, which counts visitors with sensors.",
            "Orrin Logistics said it would cut 200 jobs.");
        set.Organization("Brindlow Analytics");
        set.Organization("Orrin Logistics");
        Assert.Empty(set.Places);
        Assert.Empty(set.People);
    }

    [Fact]
    public void Equipment_named_by_letters_is_no_place()
    {
        var set = TestArticles.Recognize(
            "Officers identified him from CCTV and a tattoo, and the van was traced on ANPR cameras to Harwick.");
        Assert.DoesNotContain(set.AllSurfaceForms(), n => n is "CCTV" or "ANPR");
    }

    [Fact]
    public void A_towns_possessive_before_its_city_council_names_the_towns_council()
    {
        var set = TestArticles.Recognize("Portland's City Council will hold a hearing on the plan next month.");
        var council = set.Organization("Portland City Council");
        Assert.Contains("Portland's City Council", council.Aliases);
        Assert.DoesNotContain(set.Organizations.Names(), n => n is "City Council");
    }

    [Fact]
    public void A_name_coordinated_with_a_place_after_it_is_a_place()
    {
        var set = TestArticles.Recognize(
            "By lunchtime Kirkbriggs and Commercial Street were shoulder to shoulder with shoppers.");
        set.Place("Kirkbriggs");
        set.Place("Commercial Street");
    }

    [Fact]
    public void A_person_coordinated_with_a_place_stays_a_person()
    {
        var set = TestArticles.Recognize("Councillor Jo Brannock said Brannock and Mill Road residents had waited long enough.");
        Assert.DoesNotContain(set.Places.Names(), n => n is "Brannock");
    }

    [Fact]
    public void A_name_inside_a_known_place_is_a_place_within_it()
    {
        var set = TestArticles.Recognize(
            "A gust of 90mph was recorded at Cwm Tryfan in Snowdonia overnight.",
            "Lawmakers in Utah have not yet voted on the bill.");
        set.Place("Cwm Tryfan");
        Assert.DoesNotContain(set.Places.Names(), n => n is "Lawmakers");
    }
}
