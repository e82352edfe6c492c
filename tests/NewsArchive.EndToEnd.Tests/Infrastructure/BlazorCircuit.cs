using System.Text;
using Microsoft.Playwright;

namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Opening a page and waiting until its Blazor Server circuit has sent its first render batch, i.e. the page
/// is interactive. Typing into a prerendered page before that is lost when the interactive render replaces it.
/// </summary>
public static class BlazorCircuit
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static async Task GotoInteractiveAsync(this IPage page, string url)
    {
        var firstRender = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Subscribed before navigating, so no frame can arrive unseen.
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            // Blazor Server speaks MessagePack ("blazorpack") or JSON; either way the method name is in the frame.
            var content = frame.Text ?? Encoding.Latin1.GetString(frame.Binary ?? []);
            if (content.Contains("JS.RenderBatch", StringComparison.Ordinal)) firstRender.TrySetResult();
        };
        await page.GotoAsync(url);
        await firstRender.Task.WaitAsync(Limit);
    }
}
