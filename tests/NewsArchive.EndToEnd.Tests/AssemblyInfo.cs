// The browser tests start the app and Chromium, and the hostile-input tests start the CLI; on a 2-core
// machine that already builds and tests the rest of the solution, running them one at a time is steadier.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
