// The first stages of reading a draft, on their own, for what measures or tests them apart from
// the checker: the benchmark's floor (what any check spends before it checks anything) and the
// robustness tests' bounds. The checker itself does not go through here.
import { hasDateCue, readDates } from './read/dates';
import { splitParagraphs } from './read/document';
import { readMarkdown, readPlainText } from './read/markdown';
import { maxSentenceTokens, splitSentences, tokenize } from './text/tokens';

export const readingStages = Object.freeze({ readMarkdown, readPlainText, splitParagraphs, tokenize, splitSentences, maxSentenceTokens, hasDateCue, readDates });
