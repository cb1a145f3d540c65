// Words that tell what a sentence claims. Kept together so the claim readers agree.
const callWords = /\b(?:call|calls|called|phone|phoned|telephone|telephoned|spoke|speak|speaks|speaking|spoken|talk|talks|talked|conversation|conversations|discussed)\b/i;
const notACall = /\b(?:call(?:s|ed)?\s+(?:for|on|it|upon)|so-called|talks?\s+(?:about|of)\s+(?:war|peace))\b/gi;

export function hasCallCue(sentence: string): boolean {
  return callWords.test(sentence) && callWords.test(sentence.replace(notACall, ''));
}

/** Words after a name that make it the speaker of the sentence, not a party to the call. */
export const reportingVerbs = new Set([
  'said', 'says', 'told', 'tells', 'stated', 'states', 'added', 'noted', 'announced', 'confirmed', 'explained',
  'wrote', 'briefed', 'declined', 'quoted', 'according', 'emphasized', 'emphasised', 'stressed', 'claimed',
]);

/** Country words before a title, and the side they name. */
export function countryOf(word: string, raw: string): string | undefined {
  switch (word) {
    case 'us':
      return raw.startsWith('U') ? 'US' : undefined;
    case 'usa':
    case 'american':
    case 'america':
    case 'washington':
    case 'pentagon':
    case 'americans':
      return 'US';
    case 'russian':
    case 'russia':
    case 'moscow':
    case 'russians':
    case 'kremlin':
      return 'RU';
    case 'indian':
    case 'india':
      return 'IN';
    case 'ukrainian':
    case 'ukraine':
    case 'kyiv':
      return 'UA';
    case 'british':
    case 'uk':
    case 'britain':
      return 'GB';
    default:
      return undefined;
  }
}

/** Prepositions that make a date a reference point rather than the time of the sentence. */
export const pointPrepositions = new Set(['since', 'before', 'after', 'until', 'by', 'from']);

/** "An article on May 14 said…": what an article or headline said, quoted to be corrected, is not the writer's claim. */
export const reportedClaim = /^\W*(?:an?|the|our|one|another)\s+(?:\w+\s+)?(?:article|headline|story|report|graphic|caption|piece)s?\b[^.;]{0,60}?\b(?:said|says|described|called|stated|reported|claimed)\b/i;
