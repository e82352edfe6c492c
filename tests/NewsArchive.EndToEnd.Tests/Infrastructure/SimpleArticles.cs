using System.Globalization;

namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>Small, distinct plain-text articles for bulk-ingest tests; article i carries the unique word "marker{i}x".</summary>
public static class SimpleArticles
{
    public static IReadOnlyList<string> Write(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        return Enumerable.Range(0, count).Select(i =>
        {
            var day = new DateOnly(2018, 1, 1).AddDays(i % 700);
            var path = Path.Combine(directory, $"article-{i:D4}.txt");
            File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture, $"""
                Council Weighs Plan Number {i} for the Riverside District

                Staff Writer for the Riverton Ledger
                The Riverton City Council debated plan number {i} on {day:MMMM d, yyyy}, marker{i}x, and members asked for more time.

                "We will not rush a decision on plan {i}," Mayor Lena Ortiz said after the meeting.

                In {day.AddMonths(-3):MMMM yyyy}, the council approved a smaller version of the plan. A final vote is expected next month.
                """));
            return path;
        }).ToList();
    }
}
