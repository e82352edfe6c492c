using NewsArchive.Data.Storage;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Tests.Storage;

public sealed class MentionSpansTests
{
    [Fact]
    public void Packs_spans_in_text_order_as_start_end_pairs()
    {
        Assert.Equal("4-9,120-131,1200-1207", MentionSpans.Pack([new(120, 131), new(4, 9), new(1200, 1207)]));
    }

    [Fact]
    public void Spans_with_the_same_start_keep_the_order_they_were_given_in()
    {
        Assert.Equal("10-22,10-13", MentionSpans.Pack([new(10, 22), new(10, 13)]));
        Assert.Equal("10-13,10-22", MentionSpans.Pack([new(10, 13), new(10, 22)]));
    }

    [Fact]
    public void Unpacking_gives_back_the_packed_spans()
    {
        TextSpan[] spans = [new(0, 5), new(17, 17), new(98_765, 98_800)];

        Assert.Equal(spans, MentionSpans.Unpack(MentionSpans.Pack(spans)));
    }

    [Fact]
    public void No_spans_pack_to_an_empty_text_and_back()
    {
        Assert.Equal("", MentionSpans.Pack([]));
        Assert.Empty(MentionSpans.Unpack(""));
    }

    [Theory]
    [InlineData("12")]
    [InlineData("-12")]
    [InlineData("12-x")]
    [InlineData("1-2,,3-4")]
    public void A_text_that_is_not_start_end_pairs_is_refused(string packed)
    {
        Assert.ThrowsAny<FormatException>(() => MentionSpans.Unpack(packed));
    }
}
