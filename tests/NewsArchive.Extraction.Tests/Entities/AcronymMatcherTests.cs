using NewsArchive.Extraction.Entities;

namespace NewsArchive.Extraction.Tests.Entities;

public class AcronymMatcherTests
{
    private readonly AcronymMatcher _matcher = new();

    [Theory]
    [InlineData("ICE", "Immigration and Customs Enforcement")]
    [InlineData("DOJ", "Department of Justice")]
    [InlineData("NHS", "National Health Service")]
    [InlineData("FBI", "Federal Bureau of Investigation")]
    [InlineData("ACLU", "American Civil Liberties Union")]
    [InlineData("ICE", "U.S. Immigration and Customs Enforcement")]
    [InlineData("ACLU of Colorado", "American Civil Liberties Union of Colorado")]
    [InlineData("IFS", "Institute for Fiscal Studies")]
    public void Matches_an_acronym_to_the_initials_of_its_name(string acronym, string name) =>
        Assert.True(_matcher.Matches(acronym, name));

    [Theory]
    [InlineData("ICE", "Department of Justice")]
    [InlineData("NHS", "National Health")]
    [InlineData("ACLU of Texas", "American Civil Liberties Union of Colorado")]
    [InlineData("A", "Acme")]
    [InlineData("DJ", "Justice")]
    public void Does_not_match_when_the_initials_differ(string acronym, string name) =>
        Assert.False(_matcher.Matches(acronym, name));
}
