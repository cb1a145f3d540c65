import type { FindingCode, Severity } from './api';

/** Each finding code, its default severity and a one-line summary (SARIF rules, hovers, README). */
export const findingDocs: Record<FindingCode, { severity: Severity | 'off'; summary: string }> = {
  'name-misspelling': { severity: 'warning', summary: 'A near miss of a recorded name.' },
  'title-conflict': {
    severity: 'warning',
    summary: 'The title, office or rank given to a person is not one they held at the date the sentence is about.',
  },
  'call-date-conflict': { severity: 'warning', summary: 'A call between the named people on a date when none is recorded.' },
  'call-participant-conflict': {
    severity: 'warning',
    summary: 'A call on a recorded date, but with someone who did not take part in it.',
  },
  'weekday-mismatch': { severity: 'warning', summary: "A stated weekday that is not that date's weekday." },
  'initiator-conflict': { severity: 'warning', summary: 'Who initiated a recorded call is misstated.' },
  'term-date-conflict': { severity: 'warning', summary: 'When someone took up or left an office is misstated.' },
  'sequence-conflict': {
    severity: 'warning',
    summary: '"First since", "last", "second in N days" and the like contradict the record.',
  },
  'event-date-conflict': {
    severity: 'warning',
    summary: 'A recorded event other than a call (the invasion, a downing, arrest warrants, a visit, a summit) given a date or weekday the record contradicts.',
  },
  'elapsed-conflict': {
    severity: 'warning',
    summary: 'A stated span or age ("the 28-month-old war", "six days before the invasion") that the record contradicts.',
  },
  'name-variant': {
    severity: 'off',
    summary: 'A valid transliteration that is not the house spelling (on when a house spelling is set).',
  },
  'unresolved-date': { severity: 'hint', summary: 'A relative date that cannot be resolved for want of a reference date.' },
};

export const findingCodes = Object.keys(findingDocs) as FindingCode[];
