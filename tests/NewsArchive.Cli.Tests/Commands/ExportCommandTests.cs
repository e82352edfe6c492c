using System.Text.Json;

namespace NewsArchive.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task Quotes_as_csv_escape_commas_and_quotation_marks()
    {
        using var sandbox = new CliSandbox();
        await SampleArchive.WriteAsync(sandbox);

        var run = await sandbox.RunAsync("export", "quotes", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("text,speaker,cue,article,articleTitle,published,start,end", lines[0]);
        Assert.Contains("\"We said \"\"no, never\"\", and meant it\",Michael Hancock,said,hancock-story,Hancock & ICE,2019-04-12,0,", run.Out, StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task Quotes_as_json_filtered_by_speaker_name()
    {
        using var sandbox = new CliSandbox();
        await SampleArchive.WriteAsync(sandbox);

        var run = await sandbox.RunAsync("export", "quotes", "--format", "json", "--speaker", "Hancock");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var quote = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(SampleArchive.TrickyQuote, quote.GetProperty("text").GetString());
        Assert.Equal("Michael Hancock", quote.GetProperty("speaker").GetString());
    }

    [Fact]
    public async Task An_unknown_speaker_is_an_error_in_one_line()
    {
        using var sandbox = new CliSandbox();
        await SampleArchive.WriteAsync(sandbox);

        var run = await sandbox.RunAsync("export", "quotes", "--format", "json", "--speaker", "Nobody Known");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("Nobody Known", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_json_is_in_time_order_with_coarser_dates_first()
    {
        using var sandbox = new CliSandbox();
        await SampleArchive.WriteAsync(sandbox);

        var run = await sandbox.RunAsync("export", "timeline", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(["2018", "2018-01", "2018-01-01"], json.RootElement.EnumerateArray().Select(e => e.GetProperty("date").GetString()));
        Assert.Equal(["year", "month", "day"], json.RootElement.EnumerateArray().Select(e => e.GetProperty("precision").GetString()));
    }

    [Fact]
    public async Task Timelinejs_dates_carry_only_the_parts_their_precision_knows_and_text_is_html_encoded()
    {
        using var sandbox = new CliSandbox();
        await SampleArchive.WriteAsync(sandbox);

        var run = await sandbox.RunAsync("export", "timeline", "--format", "timelinejs");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("title").GetProperty("text").TryGetProperty("headline", out _));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["year"], events[0].GetProperty("start_date").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["year", "month"], events[1].GetProperty("start_date").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["year", "month", "day"], events[2].GetProperty("start_date").EnumerateObject().Select(p => p.Name));
        Assert.Equal(2018, events[2].GetProperty("start_date").GetProperty("year").GetInt32());
        Assert.Equal("In January 2018, Hancock met &lt;b&gt;ICE&lt;/b&gt;.", events[1].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("Hancock &amp; ICE", events[1].GetProperty("text").GetProperty("headline").GetString());
    }

    [Fact]
    public async Task Timeline_csv_filtered_by_entity_goes_to_the_out_file()
    {
        using var sandbox = new CliSandbox();
        await SampleArchive.WriteAsync(sandbox);
        var file = Path.Combine(sandbox.Folder, "ice.csv");

        var run = await sandbox.RunAsync("export", "timeline", "--format", "csv", "--entity", "ICE", "--out", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        var lines = File.ReadAllText(file).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,precision,text,actors,article,articleTitle,start,end", lines[0]);
        Assert.Equal(["2018", "2018-01"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Empty(Directory.GetFiles(sandbox.Folder, "*.tmp"));
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync("export", "quotes", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
