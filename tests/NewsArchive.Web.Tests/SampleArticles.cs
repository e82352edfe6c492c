using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Web.Tests;

/// <summary>Two small articles modelled on the seed, with known people, quotes and events.</summary>
public static class SampleArticles
{
    public const string MayorSlug = "mayor-rejects-threat";
    public const string LawsuitSlug = "state-sues-over-grants";

    public static readonly ArticleSpec Mayor = new(MayorSlug, "Mayor rejects threat to sanctuary cities",
    [
        "Denver Mayor Michael Hancock pushed back on Friday.",
        "\"We need to separate fact from fiction,\" Hancock said in a statement.",
        "In August 2017, city council passed an ordinance. In 2018, ICE sent 108 requests.",
        "\"Denver won't back down,\" he said. Mark Silverstein of the ACLU of Colorado wrote \"The Feds accuse Denver.\"",
    ])
    {
        Credit = "Michael Vadon at Flickr",
        Published = PartialDate.OfDay(new DateOnly(2019, 4, 12)),
        PublishedInferred = true,
        Entities =
        [
            (EntityKind.Person, "Michael Hancock", "Mayor of Denver"),
            (EntityKind.Person, "Mark Silverstein", "legal director at the ACLU of Colorado"),
            (EntityKind.Organization, "ACLU of Colorado", null),
            (EntityKind.Organization, "Immigration and Customs Enforcement", null),
            (EntityKind.Place, "Denver", null),
        ],
        Mentions =
        [
            ("Denver", "Denver", 1),
            ("Michael Hancock", "Michael Hancock", 1),
            ("Michael Hancock", "Hancock", 2),
            ("Immigration and Customs Enforcement", "ICE", 1),
            ("Denver", "Denver", 2),
            ("Mark Silverstein", "Mark Silverstein", 1),
            ("ACLU of Colorado", "ACLU of Colorado", 1),
        ],
        Quotes =
        [
            ("We need to separate fact from fiction,", "Michael Hancock", "said"),
            ("Denver won't back down,", "Michael Hancock", "said"),
            ("The Feds accuse Denver.", "Mark Silverstein", "wrote"),
        ],
        Events =
        [
            (PartialDate.OfMonth(2017, 8), "In August 2017, city council passed an ordinance.", []),
            (PartialDate.OfYear(2018), "In 2018, ICE sent 108 requests.", ["Immigration and Customs Enforcement"]),
        ],
    };

    public static readonly ArticleSpec Lawsuit = new(LawsuitSlug, "State sues over withheld grants",
    [
        "Attorney General Phil Weiser filed a lawsuit on March 12, 2019, over grant money.",
        "Michael Hancock welcomed the suit.",
    ])
    {
        Published = PartialDate.OfDay(new DateOnly(2019, 3, 14)),
        Entities =
        [
            (EntityKind.Person, "Phil Weiser", "Attorney General"),
            (EntityKind.Person, "Michael Hancock", null),
        ],
        Mentions = [("Phil Weiser", "Phil Weiser", 1), ("Michael Hancock", "Michael Hancock", 1)],
        Events =
        [
            (PartialDate.OfDay(new DateOnly(2019, 3, 12)), "Attorney General Phil Weiser filed a lawsuit on March 12, 2019, over grant money.", ["Phil Weiser"]),
        ],
    };

    public static async Task<TestArchive> CreateArchiveAsync()
    {
        var archive = new TestArchive();
        await archive.AddArticleAsync(Mayor);
        await archive.AddArticleAsync(Lawsuit);
        return archive;
    }
}
