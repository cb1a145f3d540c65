// `readout/referenceDate`: the draft's reference date, where it came from, and its findings
// count, for the client's status bar.
import { ReferenceDateRequest, type ReferenceDateResult } from '../shared/protocol';
import type { Feature, ServerContext } from './context';
import { guard } from './guard';

export function registerReferenceDate({ connection, drafts }: ServerContext): Feature {
  connection.onRequest(
    ReferenceDateRequest,
    guard(connection, 'readout/referenceDate', null, async ({ uri }): Promise<ReferenceDateResult | null> => {
      const check = await drafts.check(uri);
      if (!check) return null;
      const { result, settings, ignored } = check;
      const declined = ignored
        ? 'it matches an ignore pattern (readout.ignore or readout.config.json)'
        : settings.enable
          ? result.declined
          : 'Readout is turned off (readout.enable)';
      return {
        referenceDate: result.referenceDate,
        source: result.referenceDateSource,
        findings: result.findings.length,
        ...(declined !== undefined ? { declined } : {}),
      };
    }),
  );
  return {};
}
