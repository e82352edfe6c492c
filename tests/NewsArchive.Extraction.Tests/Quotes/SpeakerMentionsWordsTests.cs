using NewsArchive.Extraction.Quotes;

namespace NewsArchive.Extraction.Tests.Quotes;

public class SpeakerMentionsWordsTests
{
    [Fact]
    public void Reads_a_name_into_its_words_with_the_possessive_kept_on_its_word()
    {
        Assert.Equal(["Harlow", "County", "Sheriff's", "Department"], SpeakerMentions.Words("Harlow County Sheriff's Department"));
    }

    [Fact]
    public void Keeps_an_inner_comma_and_an_ampersand_as_words_only_when_asked_and_drops_a_trailing_comma()
    {
        Assert.Equal(["Ministry", "of", "Housing", ",", "Communities"], SpeakerMentions.Words("Ministry of Housing, Communities,", keepCommas: true));
        Assert.Equal(["Canal", "&", "River", "Trust"], SpeakerMentions.Words("Canal & River Trust", keepCommas: true));
        Assert.Equal(["Canal", "River", "Trust"], SpeakerMentions.Words("Canal & River Trust"));
    }

    [Fact]
    public void Reads_the_same_words_from_a_name_written_with_extra_spaces()
    {
        Assert.Equal(SpeakerMentions.Words("Jane Roe", keepCommas: true), SpeakerMentions.Words("  Jane   Roe ", keepCommas: true));
    }
}
