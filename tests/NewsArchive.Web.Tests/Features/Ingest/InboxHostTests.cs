using System.Text.Json;
using NewsArchive.Web.Tests.Hosting;

namespace NewsArchive.Web.Tests.Features.Ingest;

[Collection(RunningArchiveCollection.Name)]
public sealed class InboxHostTests(RunningArchive app)
{
    [Fact]
    public async Task File_dropped_in_the_configured_inbox_becomes_searchable_and_moves_to_processed()
    {
        await File.WriteAllTextAsync(Path.Combine(app.InboxPath, "ferry.txt"),
            "Ferry service resumes\n\nThe harbor ferry resumed service on Sunday, June 2, 2019, after a month of repairs.");

        // The article is committed before the file is moved, so wait for both.
        var processed = Path.Combine(app.InboxPath, "processed", "ferry.txt");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var total = 0;
        while (DateTime.UtcNow < deadline && (total == 0 || !File.Exists(processed)))
        {
            await Task.Delay(100);
            var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/articles?q=ferry")).RootElement;
            total = json.GetProperty("total").GetInt32();
        }

        Assert.Equal(1, total);
        Assert.True(File.Exists(processed));
        Assert.False(File.Exists(Path.Combine(app.InboxPath, "ferry.txt")));
    }
}
