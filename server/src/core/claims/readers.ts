// Every claim reader, in the order their findings are gathered. Each is a pure function of a
// sentence (its frames and the call the anchoring pass found it is about) and the context the
// fence allows (see context.ts), returning findings.
import type { SentenceView } from '../read/sentences';
import { readCallClaims } from './calls';
import type { Context, RawFinding } from './context';
import { readDateClaims } from './dates';
import { readElapsedClaims } from './elapsed';
import { readEventDateClaims } from './events';
import { readInitiatorClaims } from './initiator';
import { readNameClaims } from './names';
import { readSequenceClaims } from './sequence';
import { readTermClaims } from './terms';
import { checkTitleClaims } from './titles';

export type ClaimReader = (ctx: Context, s: SentenceView) => RawFinding[];

export const claimReaders: readonly ClaimReader[] = Object.freeze([
  readCallClaims,
  checkTitleClaims,
  readInitiatorClaims,
  readSequenceClaims,
  readTermClaims,
  readNameClaims,
  readDateClaims,
  readEventDateClaims,
  readElapsedClaims,
]);
