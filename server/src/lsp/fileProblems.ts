// Problems in the files Readout reads (record files, configuration files) as error
// diagnostics in those files; a file's diagnostics are cleared once it has none.
import { type Connection, DiagnosticSeverity } from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import type { RecordProblem } from '../core';

export class FileProblems {
  /** File URIs that show problems now. */
  private readonly shown = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** Shows each file's problems (by path), and clears those of files no longer listed. */
  show(files: readonly { path: string; problems: readonly RecordProblem[] }[]): void {
    const now = new Set<string>();
    for (const { path, problems } of files) {
      if (problems.length === 0) continue;
      const uri = pathToFileURL(path).href;
      now.add(uri);
      const diagnostics = problems.map((p) => ({ range: p.range, severity: DiagnosticSeverity.Error, source: 'readout', message: p.message }));
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of this.shown) if (!now.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.shown.clear();
    for (const uri of now) this.shown.add(uri);
  }
}
