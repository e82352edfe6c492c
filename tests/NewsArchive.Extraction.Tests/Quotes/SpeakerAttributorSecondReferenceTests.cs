using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Speakers the text refers back to: a pronoun carried through sentences that name someone else, and
/// "in the words of X".</summary>
public class SpeakerAttributorSecondReferenceTests
{
    private static readonly EntitySet Cricket = KnownEntities(
        Person("Tom Ardley", ["Ardley"]),
        Person("Neil Brockway", ["Neil", "Brockway"], ["batting coach"]),
        Person("Joan Pettifer", ["Pettifer"], ["poet"]),
        Organization("Westshire County Cricket Club", "Westshire"));

    [Fact]
    public void A_he_after_a_sentence_whose_subject_is_he_skips_the_name_in_its_object()
    {
        var quotes = AttributedQuotes(Cricket,
            "\"I have waited a long time for a day like that,\" Ardley said.",
            "He credited the batting coach, Neil Brockway, with a change to his stance. \"Neil moved my back foot,\" he said.");
        Assert.Equal(["Tom Ardley", "Tom Ardley"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_he_after_a_sentence_that_opens_with_the_other_man_is_that_man()
    {
        var quotes = AttributedQuotes(Cricket,
            "\"I have waited a long time for a day like that,\" Ardley said.",
            "Brockway said the change had been small. \"It was three inches,\" he said.");
        Assert.Equal(["Tom Ardley", "Neil Brockway"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void In_the_words_of_attributes_the_quotation_to_the_person_named_after_it()
    {
        var quote = Assert.Single(AttributedQuotes(Cricket,
            "Ardley became, in the words of the poet Joan Pettifer, \"the last romantic in county cricket\"."));
        Assert.Equal(("Joan Pettifer", "in the words of"), (quote.Speaker, quote.Cue));
    }

    private static readonly EntitySet Football = KnownEntities(
        Person("Lars Vikström", ["Vikström"], ["head coach"]),
        Person("Ben Otley", ["Otley"]),
        Person("Sam Pryor", ["Pryor"], ["referee"]),
        Person("Moira Kinnell", ["Kinnell"], ["Council leader"]),
        Person("Duncan Reid", ["Reid"], ["Conservative group leader"]),
        Organization("Labour", "the Labour"),
        Organization("Harbury Town"));

    [Fact]
    public void The_national_epithet_is_the_subject_of_the_sentence_before_among_several_people()
    {
        var quote = Assert.Single(AttributedQuotes(Football,
            "The visitors' head coach, Lars Vikström, was furious with the red card shown to Otley by referee Sam Pryor.",
            "\"I still don't know what he has given it for,\" the Swede told BBC Radio."));
        Assert.Equal("Lars Vikström", quote.Speaker);
    }

    [Fact]
    public void The_national_epithet_stays_null_when_the_sentence_before_opens_with_no_person()
    {
        var quote = Assert.Single(AttributedQuotes(Football,
            "The red card shown to Otley by Sam Pryor angered Lars Vikström.",
            "\"I still don't know what he has given it for,\" the Swede told BBC Radio."));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_party_before_a_role_word_still_finds_the_leader_just_named()
    {
        var quote = Assert.Single(AttributedQuotes(Football,
            "Council leader Moira Kinnell said the rise was needed to protect schools.",
            "\"Nobody came into politics to put up bills,\" the Labour leader told the chamber."));
        Assert.Equal("Moira Kinnell", quote.Speaker);
    }

    [Fact]
    public void The_aide_brought_in_as_one_party_aide_is_not_the_leader_named_before()
    {
        var quotes = AttributedQuotes(Football,
            "Conservative group leader Duncan Reid did not say when the vote would come. One Labour aide said leaders were counting votes. \"It's going to be tight,\" the aide said.");
        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_dash_aside_between_the_subject_and_the_cue_is_skipped()
    {
        var quote = Assert.Single(AttributedQuotes(Football,
            "Council leader Moira Kinnell — who took over in 2022 and had said she would not \"play games\" with the budget — called the deal \"fair to our staff and to our taxpayers.\""));
        Assert.Equal(("Moira Kinnell", "called"), (quote.Speaker, quote.Cue));
    }

    private static readonly EntitySet Festival = KnownEntities(
        Person("Nadia Okafor-Lane", ["Okafor-Lane"]),
        Person("Rosa Whitcombe", ["Whitcombe"]));

    [Fact]
    public void A_she_right_after_a_woman_brought_in_with_a_who_clause_is_that_woman()
    {
        var quotes = AttributedQuotes(Festival,
            "\"I wanted to make a film about people who are good at a hard job,\" Okafor-Lane said.",
            "That mattered to Rosa Whitcombe, who has worked at the plant for 12 years and came with her daughters.",
            "\"My girls have never seen inside,\" she said.");
        Assert.Equal(["Nadia Okafor-Lane", "Rosa Whitcombe"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_she_after_a_woman_named_again_in_passing_stays_with_the_subject()
    {
        var quotes = AttributedQuotes(Festival,
            "\"I wanted to make a film about people who are good at a hard job,\" Okafor-Lane said.",
            "Rosa Whitcombe, who has worked at the plant for 12 years, came with her daughters. Okafor-Lane thanked Whitcombe, who stood up.",
            "\"My girls have never seen inside,\" she said.");
        Assert.Equal(["Nadia Okafor-Lane", "Nadia Okafor-Lane"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_nationality_before_an_organization_noun_leaves_the_organization_speaking()
    {
        var entities = KnownEntities(Person("Lars Vikström", ["Vikström"]), Organization("Kessler Werke", "Kessler"));
        var quote = Assert.Single(AttributedQuotes(entities,
            "Kessler Werke hired Lars Vikström in May.",
            "\"We expect a better second half,\" the German company said."));
        Assert.Equal("Kessler Werke", quote.Speaker);
    }

    [Fact]
    public void What_someone_calls_a_thing_and_what_they_accepted_are_their_words()
    {
        var quotes = AttributedQuotes(Festival,
            "Work began in 2022, after what Whitcombe diplomatically calls \"a long conversation with the roof\".",
            "Okafor-Lane accepted there had been \"a failure of our handover process\".");
        Assert.Equal([("Rosa Whitcombe", "calls"), ("Nadia Okafor-Lane", "accepted")], quotes.Select(q => (q.Speaker, q.Cue)));
    }

    [Fact]
    public void Friends_describing_a_man_bring_in_no_unnamed_speaker_for_the_he_after_them()
    {
        var quote = Assert.Single(AttributedQuotes(Cricket,
            "Ardley left the club in 1982 and taught for 17 years.",
            "Friends described a man of enormous warmth. Asked in 2009 what cricket was for, he replied: \"Same as a good weld.\""));
        Assert.Equal("Tom Ardley", quote.Speaker);
    }

    [Fact]
    public void A_worker_named_after_the_cue_is_an_unnamed_speaker_for_the_she_after_it()
    {
        var quotes = AttributedQuotes(Festival,
            "Rosa Whitcombe runs the plant.",
            "\"The shifts here are getting longer,\" said a worker who asked not to be named. \"We work very long hours for very little,\" she said.");
        Assert.Equal([null, null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_she_right_after_an_unrecognized_woman_with_a_who_clause_is_left_null_not_guessed()
    {
        var onlyTheDirector = KnownEntities(Person("Nadia Okafor-Lane", ["Okafor-Lane"]));
        var quotes = AttributedQuotes(onlyTheDirector,
            "\"I wanted to make a film about people who are good at a hard job,\" Okafor-Lane said.",
            "That mattered to Marisol Quintanar, who has worked at the plant for 12 years and came with her daughters.",
            "\"My girls have never seen inside,\" she said.");
        Assert.Equal(["Nadia Okafor-Lane", null], quotes.Select(q => q.Speaker));
    }
}
