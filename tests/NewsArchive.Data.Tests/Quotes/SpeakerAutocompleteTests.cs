using NewsArchive.Data.Quotes;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Tests.Quotes;

public sealed class SpeakerAutocompleteTests
{
    [Fact]
    public async Task A_prefix_of_any_word_of_the_name_suggests_the_speaker_with_quote_count_and_role()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var suggestion = Assert.Single(await archive.Get<SpeakerAutocomplete>().SuggestAsync("hanc"));

        Assert.Equal(new SpeakerSuggestion("michael-hancock", "Michael Hancock", EntityKind.Person, 2, "Mayor of Denver"), suggestion);
    }

    [Fact]
    public async Task Suggestions_are_case_and_accent_insensitive()
    {
        await using var archive = await ArchiveData.CreateAsync();

        Assert.Equal("mark-silverstein", Assert.Single(await archive.Get<SpeakerAutocomplete>().SuggestAsync("SÍLV")).Slug);
    }

    [Fact]
    public async Task Only_entities_that_were_quoted_are_suggested()
    {
        await using var archive = await ArchiveData.CreateAsync();

        Assert.Empty(await archive.Get<SpeakerAutocomplete>().SuggestAsync("weis"));
        // Denver (a place never quoted) is not offered; Hancock is, through his alias "Denver Mayor Michael Hancock".
        Assert.Equal("michael-hancock", Assert.Single(await archive.Get<SpeakerAutocomplete>().SuggestAsync("den")).Slug);
    }

    [Fact]
    public async Task A_blank_prefix_lists_speakers_most_quoted_first()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var suggestions = await archive.Get<SpeakerAutocomplete>().SuggestAsync("");

        Assert.Equal(["michael-hancock", "mark-silverstein"], suggestions.Select(s => s.Slug));
    }
}
