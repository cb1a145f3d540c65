// The shape of a record file, as `server/record/record.schema.json` validates it.
// Modelled on Popolo (Person, Post, Membership) and Wikidata's "position held"
// (start/end qualifiers, each statement with its references).

/** "2024", "2024-05" or "2024-05-14": a date with the precision the sources give. */
export type PartialDate = string;

export type Confidence = 'high' | 'medium' | 'low';

/**
 * The standing of a source: a government's own word, a wire, the press, a reference work, or
 * an article that only shows the claim was printed. Messages cite the strongest first.
 */
export type SourceKind = 'official' | 'agency' | 'press' | 'reference' | 'printed';

export interface Source {
  publisher: string;
  /** The headline, where known. */
  title?: string;
  date?: PartialDate;
  url?: string;
  kind?: SourceKind;
}

export interface Person {
  /** Canonical display name, e.g. "Lloyd J. Austin III". */
  name: string;
  /** Given names, house spelling first, then transliterations ("Sergei", "Sergey"). */
  given: string[];
  /** Surnames, house spelling first, then transliterations ("Shoigu", "Shoygu"). */
  surname: string[];
  /** Other full forms that name this person ("Lloyd J. Austin III", "CQ Brown Jr."). */
  aliases?: string[];
  /** Spellings seen in print that are errors ("Llyod Austin"). */
  misspellings?: string[];
  /** The surname alone is a common word, name or place: only count it after a full mention or a title. */
  commonSurname?: boolean;
  /** Phrases containing the name that mean something else ("Austin, Texas"). */
  homonyms?: string[];
  /** ISO 3166 alpha-2 code of the side the person speaks for ("US", "RU"). */
  country: string;
  /** One line on who they are. */
  description: string;
}

export interface Office {
  /** Full title: "Secretary of Defense". */
  title: string;
  /** ISO country code or organisation the office belongs to. */
  country: string;
  /** "office" for posts, "rank" for military ranks. */
  kind?: 'office' | 'rank';
  /** Ways a draft writes the title, as they appear before or after a name ("Defense Secretary", "SecDef"). */
  forms: string[];
  /** Loose labels of the role that are not its title ("Pentagon chief"): never a conflict for the holder. */
  labels?: string[];
  /** Forms that name the office only in a period ("Secretary of War" from 2025-09-05). */
  datedForms?: DatedForm[];
  /** Offices abroad that are this one's counterpart ("his Russian counterpart"). */
  counterparts?: string[];
  /** Several people may hold it at once (ranks always may). */
  multipleHolders?: boolean;
}

export interface DatedForm {
  forms: string[];
  /** First day the forms name the office; missing: always before `to`. */
  from?: PartialDate;
  /** Last day the forms name the office; missing: still on the record's `asOf`. */
  to?: PartialDate;
  note?: string;
  confidence?: Confidence;
  sources: string[];
}

export interface Term {
  person: string;
  office: string;
  /** Missing: the start is not established. */
  start?: PartialDate;
  /** When the appointment was announced or the nomination made, if before the start. */
  announced?: PartialDate;
  /** Missing: still held when the record was compiled (see Record.asOf). */
  end?: PartialDate;
  /** The end is not established: after the start the term may or may not be held. */
  endUnknown?: boolean;
  /** Boundaries are approximate ("about March 2022"). */
  approximate?: boolean;
  /** Dates on which the person is attested holding the office, where the term itself is unknown. */
  attested?: PartialDate[];
  /** Which holder of the office the term makes the person, where the office counts them ("the 28th Secretary of Defense"). */
  ordinal?: number;
  /** Held in an acting or interim capacity. */
  acting?: boolean;
  confidence: Confidence;
  /** How well the start is established, where weaker than `confidence`. */
  startConfidence?: Confidence;
  /** How well the end is established, where weaker than `confidence`. */
  endConfidence?: Confidence;
  note?: string;
  sources: string[];
}

export interface Initiator {
  /** The person who asked for the call, where known. */
  person?: string;
  /** The side that asked for it, where only that is known. */
  country?: string;
  /** How well who asked is established, where weaker than the call's confidence. */
  confidence?: Confidence;
}

export interface RecordedEvent {
  id: string;
  /** "call": a phone or video call between the participants; "event": anything else dated. */
  type: 'call' | 'event';
  date: PartialDate;
  /** Optional last day, for events spanning several days. */
  endDate?: PartialDate;
  /** When it was made public, if later than `date`. */
  madePublic?: PartialDate;
  participants?: string[];
  initiator?: Initiator;
  /** How the event is named in a hover: "Russia's full-scale invasion of Ukraine". */
  label?: string;
  /** Words a draft names the event by ("the invasion", "invaded", "MQ-9"): its dates and spans are checked where they are written. */
  mentions?: string[];
  /** Words that name the event only with one of its participants in the same clause ("dismissed", "fired"; "warrants"). */
  actions?: string[];
  /** Where the event was held: an action word names it only with one of them in the clause ("summit" with "Anchorage"), not with a participant. */
  places?: string[];
  notes?: string;
  confidence: Confidence;
  sources: string[];
}

/** The record promises every call between holders of these offices in this period is listed. */
export interface CallCoverage {
  offices: [string, string];
  from: PartialDate;
  /** The latest coverage the record was checked against: after it, the absence of a call proves nothing. */
  to: PartialDate;
  /** Plural words for the two holders together ("generals"): "the two generals spoke" names this pair. */
  pairNames?: string[];
  note?: string;
  sources?: string[];
}

export interface RecordFile {
  $schema?: string;
  /** The day the record was compiled: ongoing terms are known to hold until then. */
  asOf?: PartialDate;
  sources?: Record<string, Source>;
  people?: Record<string, Person>;
  offices?: Record<string, Office>;
  terms?: Term[];
  events?: RecordedEvent[];
  callCoverage?: CallCoverage[];
}
