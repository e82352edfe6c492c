using System.Globalization;
using System.Text.Json;
using NewsArchive.EndToEnd.Tests.Infrastructure;

namespace NewsArchive.EndToEnd.Tests.Hostile;

/// <summary>
/// Runs the real `newsarchive extract` on every file of tests/Hostile (and the generated big ones) in its own
/// process, so a stack overflow or a runaway loop shows up as a failed test instead of taking the test run down.
/// </summary>
public sealed class HostileInputExtractionTests(GeneratedHostileFiles generated) : IClassFixture<GeneratedHostileFiles>
{
    // A hang detector, not a speed target: far above any honest extraction time, even for 20 MB.
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(2);

    public static TheoryData<string> FileNames => new(HostileFile.All.Select(f => f.Name));

    [Fact]
    public void Every_file_in_the_hostile_folder_has_an_expectation_and_there_are_at_least_thirty()
    {
        var listed = HostileFile.All.Select(f => f.Name).ToHashSet();
        var onDisk = Directory.GetFiles(BuildPaths.HostileDirectory)
            .Select(path => Path.GetFileName(path))
            .Where(name => name is not (".gitattributes" or "expectations.tsv" or "README.md"));

        Assert.Equal([], onDisk.Where(name => !listed.Contains(name)).ToArray());
        Assert.True(HostileFile.All.Count >= 30, $"Only {HostileFile.All.Count} hostile files.");
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public async Task Extract_gives_a_correct_extraction_or_a_clear_one_line_rejection_for_hostile_file(string fileName)
    {
        var file = HostileFile.All.Single(f => f.Name == fileName);
        var path = Path.Combine(file.IsGenerated ? generated.Directory : BuildPaths.HostileDirectory, file.Name);
        var untouchedDatabase = Path.Combine(generated.Directory, $"{Guid.NewGuid():N}.db");

        var result = await CliProcess.RunAsync(
            ["extract", path],
            HangLimit,
            new Dictionary<string, string> { ["ConnectionStrings__Archive"] = $"Data Source={untouchedDatabase}" });

        Assert.False(result.HungAndWasKilled, $"extract was still running after {HangLimit} on {file.Name} ({file.Why}).");
        Assert.False(File.Exists(untouchedDatabase), "extract must not touch a database.");
        if (result.ExitCode == 0)
        {
            Assert.True(file.Expected != HostileOutcome.Reject,
                $"{file.Name} ({file.Why}) should have been rejected but was extracted.");
            AssertCorrectExtraction(file, result);
        }
        else
        {
            Assert.True(file.Expected != HostileOutcome.Extract,
                $"{file.Name} ({file.Why}) should have been extracted but exit code was {result.ExitCode}: {result.StandardError}");
            AssertClearRejection(file, result);
        }
    }

    private static void AssertClearRejection(HostileFile file, CliResult result)
    {
        // 128 + signal number means the runtime aborted (unhandled exception, stack overflow) or was killed.
        Assert.True(result.ExitCode is > 0 and < 128,
            $"{file.Name}: exit code {result.ExitCode} is a crash, not a rejection.\n{Shorten(result.StandardError)}");
        Assert.Equal("", result.StandardOutput);
        var lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1, $"{file.Name}: stderr should be one line, was:\n{Shorten(result.StandardError)}");
        Assert.DoesNotContain("Exception", lines[0]);
        Assert.DoesNotContain(" at ", lines[0]);
    }

    private static void AssertCorrectExtraction(HostileFile file, CliResult result)
    {
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        var title = root.GetProperty("title").GetString();
        var body = root.GetProperty("body").GetString()!;

        Assert.False(string.IsNullOrWhiteSpace(title), $"{file.Name}: an extraction needs a title.");
        if (file.Title is not null) Assert.Equal(file.Title, title);
        if (file.IsMarkup)
            Assert.DoesNotContain("__pwned", result.StandardOutput); // script and handler code is not article text

        if (root.TryGetProperty("published", out var published) && published.ValueKind == JsonValueKind.Object)
            AssertValidDate(file, published);

        var names = new[] { "people", "organizations" }
            .SelectMany(set => root.GetProperty(set).EnumerateArray())
            .Select(entity => entity.GetProperty("name").GetString())
            .ToHashSet();
        foreach (var quote in root.GetProperty("quotes").EnumerateArray())
        {
            AssertSpanInside(file, quote, body.Length);
            var speaker = quote.GetProperty("speaker");
            Assert.True(speaker.ValueKind == JsonValueKind.Null || names.Contains(speaker.GetString()),
                $"{file.Name}: speaker {speaker} is not one of the people or organizations found.");
        }
        foreach (var happening in root.GetProperty("events").EnumerateArray())
        {
            AssertSpanInside(file, happening, body.Length);
            AssertValidDate(file, happening);
        }
    }

    private static void AssertSpanInside(HostileFile file, JsonElement item, int bodyLength)
    {
        var start = item.GetProperty("start").GetInt32();
        var end = item.GetProperty("end").GetInt32();
        Assert.True(start >= 0 && start < end && end <= bodyLength,
            $"{file.Name}: span {start}..{end} is not inside a body of {bodyLength} characters.");
    }

    private static void AssertValidDate(HostileFile file, JsonElement dated)
    {
        var date = dated.GetProperty("date").GetString();
        var precision = dated.GetProperty("precision").GetString();
        var format = precision switch { "year" => "yyyy", "month" => "yyyy-MM", "day" => "yyyy-MM-dd", _ => null };
        Assert.True(format is not null, $"{file.Name}: unknown precision '{precision}'.");
        Assert.True(
            DateTime.TryParseExact(date, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"{file.Name}: '{date}' is not a real {precision}.");
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
