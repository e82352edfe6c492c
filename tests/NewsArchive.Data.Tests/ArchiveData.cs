using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Tests;

/// <summary>A small archive with people, quotes and events across three articles, for the query tests.</summary>
public static class ArchiveData
{
    public static async Task<TestArchive> CreateAsync()
    {
        var archive = await TestArchive.CreateAsync();
        const string one = "Denver Mayor Michael Hancock pushed back. \"Denver won't back down,\" Hancock said. In 2018, ICE sent 108 requests to Denver. In January 2018, Hancock met ICE officials.";
        await new ExtractionBuilder("Hancock Pushes Back", one, PartialDate.OfDay(new DateOnly(2019, 4, 12)))
            .Person("Michael Hancock", ["Hancock", "Denver Mayor Michael Hancock"], ["Mayor of Denver"])
            .Organization("ICE")
            .Place("Denver")
            .Quote("Denver won't back down,", "Michael Hancock")
            .Event(PartialDate.OfYear(2018), "In 2018, ICE sent 108 requests to Denver.", "ICE", "Denver")
            .Event(PartialDate.OfMonth(2018, 1), "In January 2018, Hancock met ICE officials.", "Hancock", "ICE")
            .IngestAsync(archive.Ingestion);

        const string two = "On January 1, 2018, Mark Silverstein filed suit. \"The Feds accuse Denver, but they are wrong,\" Silverstein wrote. \"We need to separate fact from fiction,\" Michael Hancock said.";
        await new ExtractionBuilder("ACLU Files Suit", two, PartialDate.OfDay(new DateOnly(2018, 2, 1)))
            .Person("Mark Silverstein", ["Silverstein"], ["legal director at the ACLU of Colorado"])
            .Person("Michael Hancock")
            .Place("Denver")
            .Quote("The Feds accuse Denver, but they are wrong,", "Mark Silverstein", "wrote")
            .Quote("We need to separate fact from fiction,", "Michael Hancock")
            .Event(PartialDate.OfDay(new DateOnly(2018, 1, 1)), "On January 1, 2018, Mark Silverstein filed suit.", "Mark Silverstein")
            .IngestAsync(archive.Ingestion);

        const string three = "In 2016, Phil Weiser taught law. \"Nobody knows,\" an official said.";
        await new ExtractionBuilder("Weiser Profile", three, PartialDate.OfYear(2017))
            .Person("Phil Weiser", ["Weiser"], ["Attorney General"])
            .Quote("Nobody knows,", null)
            .Event(PartialDate.OfYear(2016), "In 2016, Phil Weiser taught law.", "Phil Weiser")
            .IngestAsync(archive.Ingestion);
        return archive;
    }
}
