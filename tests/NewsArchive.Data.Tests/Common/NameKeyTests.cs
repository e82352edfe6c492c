using NewsArchive.Data.Common;

namespace NewsArchive.Data.Tests.Common;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("José  Martí", "jose marti")]
    [InlineData("U.S. Immigration", "us immigration")]
    [InlineData("O\u2019Brien", "o'brien")]
    public void Names_fold_case_accents_full_stops_and_spacing(string name, string key)
        => Assert.Equal(key, NameKey.Normalize(name));

    [Theory]
    [InlineData("martin luther king jr", "king")]
    [InlineData("hancock", "hancock")]
    public void The_surname_is_the_last_word_before_a_suffix(string name, string surname)
        => Assert.Equal(surname, NameKey.Surname(name));
}
