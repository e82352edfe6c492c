using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsArchive.Benchmarks.Web;

/// <summary>What a browser reads from a prerendered interactive-server page before it opens the circuit.</summary>
public sealed partial record PrerenderedPage(IReadOnlyList<JsonObject> ServerMarkers, string ApplicationState)
{
    public static PrerenderedPage Parse(string html)
    {
        // <!--Blazor:{"type":"server","prerenderId":…,"key":…,"sequence":0,"descriptor":"…"}-->; the end markers
        // (<!--Blazor:{"prerenderId":…}-->) carry no type. Ordered by sequence, as blazor.web.js orders them.
        var markers = Marker().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups["json"].Value)!.AsObject())
            .Where(m => m["type"]?.GetValue<string>() == "server")
            .OrderBy(m => m["sequence"]!.GetValue<int>())
            .ToList();
        var state = State().Match(html);
        return new PrerenderedPage(markers, state.Success ? state.Groups["state"].Value : "");
    }

    /// <summary>The first UpdateRootComponents batch: one "add" operation per server marker.</summary>
    public string AddRootComponentsBatch() =>
        new JsonObject
        {
            ["batchId"] = 1,
            ["operations"] = new JsonArray(ServerMarkers.Select((marker, i) => (JsonNode)new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = i + 1,
                ["marker"] = marker.DeepClone(),
            }).ToArray()),
        }.ToJsonString(new JsonSerializerOptions());

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.NonBacktracking | RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[A-Za-z0-9+/=]+)-->", RegexOptions.NonBacktracking)]
    private static partial Regex State();
}
