// Peers on the very same drafts: cspell-lib, harper.js and chrono-node.
import { time, type Sample } from './stats';

export interface Peer {
  name: string;
  /** Readout's target: a cold full check at least this many times faster than the peer's on the 10k-word draft. */
  ratioTarget?: number;
  /** Readout's target: a one-character edit re-checked at least this many times faster than the peer checks the 10k-word draft. */
  editRatioTarget?: number;
  /** Set up once (dictionaries, WASM); then `run` checks a whole draft. */
  load(): Promise<(text: string) => Promise<unknown>>;
}

export const peers: Peer[] = [
  {
    name: 'cspell-lib spellCheckDocument',
    ratioTarget: 2,
    editRatioTarget: 20,
    async load() {
      const { spellCheckDocument } = await import('cspell-lib');
      return (text) =>
        spellCheckDocument({ uri: 'file:///bench/draft.md', text, languageId: 'markdown', locale: 'en' }, { generateSuggestions: false, noConfigSearch: true }, {});
    },
  },
  {
    name: 'harper.js LocalLinter.lint',
    ratioTarget: 50,
    async load() {
      // harper.js is ESM with `exports` only, which this project's module resolution does not read: load it untyped.
      const [harper, wasm] = ['harper.js', 'harper.js/binary'];
      const { LocalLinter } = await import(harper);
      const { binary } = await import(wasm);
      const linter = new LocalLinter({ binary });
      await linter.setup();
      return (text: string) => linter.lint(text, { language: 'markdown' });
    },
  },
  {
    name: 'chrono-node parse',
    async load() {
      const chrono = await import('chrono-node');
      return async (text) => chrono.parse(text);
    },
  },
];

const runsFor = (words: number) => (words >= 100_000 ? 1 : words >= 10_000 ? 7 : 15);

/** Each peer on each draft; a peer that cannot load gives the reason instead. */
export async function measurePeers(drafts: { words: number; text: string }[]): Promise<(Omit<Peer, 'load'> & { error?: string; samples: Map<number, Sample> })[]> {
  const out = [];
  for (const peer of peers) {
    const samples = new Map<number, Sample>();
    try {
      const run = await peer.load();
      // As many untimed runs first as timed ones, as Readout's own checks get (`coldCheck`).
      for (const d of drafts) samples.set(d.words, await time(runsFor(d.words), () => run(d.text), undefined, runsFor(d.words)));
      out.push({ name: peer.name, ratioTarget: peer.ratioTarget, editRatioTarget: peer.editRatioTarget, samples });
    } catch (e) {
      out.push({ name: peer.name, ratioTarget: peer.ratioTarget, editRatioTarget: peer.editRatioTarget, error: (e as Error).message.split('\n')[0], samples });
    }
  }
  return out;
}
