// What a check of a draft spends before it checks anything, whatever its design: reading
// every word, and reading the dates of the sentences that hold one with chrono-node. Run
// bundled, as the core ships (see `bundled`).
import { readingStages } from '../server/src/core';
import { time, type Sample } from './stats';

const { readDates, hasDateCue, splitParagraphs, readMarkdown, splitSentences, tokenize } = readingStages;

export interface Floor {
  tokenize: Sample;
  dates: Sample;
  datedSentences: number;
  sentences: number;
}

/** On the paragraphs of a Markdown draft as the checker reads them. */
export async function measureFloor(text: string, runs: number): Promise<Floor> {
  const paragraphs = splitParagraphs(readMarkdown(text).text).map((p) => p.text);
  const sentences = paragraphs.flatMap((p) => splitSentences(p, tokenize(p)).map((s) => p.slice(s.start, s.end)));
  const dated = sentences.filter(hasDateCue);
  return {
    tokenize: await time(runs, () => paragraphs.map(tokenize), undefined, runs),
    dates: await time(runs, () => dated.map((s) => readDates(s, 0)), undefined, runs),
    datedSentences: dated.length,
    sentences: sentences.length,
  };
}
