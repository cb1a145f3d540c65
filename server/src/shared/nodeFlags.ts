// How Node runs the language server. The VS Code client starts the server with these flags,
// and so does `npm run bench`; the README gives the command line for other editors.

/**
 * A language server lives as long as the editor and allocates in short bursts (one check per
 * edit), so it trades a little throughput for memory. `--optimize-for-size` keeps V8's young
 * generation at 1 MB a semi-space instead of up to 16, and grows the old generation in small
 * steps; `--v8-pool-size=1` gives V8's background work (garbage collection, compilation) one
 * thread instead of four, each of which would keep its own malloc arena.
 */
export const serverNodeFlags: readonly string[] = ['--optimize-for-size', '--v8-pool-size=1'];
