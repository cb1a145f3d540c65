// The record that ships with Readout (server/record/default.json).
import embedded from '../../../record/default.json';
import type { RecordFile } from './types';

/**
 * Treat it as read-only. TypeScript infers JSON loosely (no tuples or literal unions), hence
 * the cast; the tests prove the file passes the schema.
 */
export const defaultRecord: RecordFile = embedded as unknown as RecordFile;
