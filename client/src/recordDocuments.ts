// The embedded record, opened read-only: documents of the `readout-record:` scheme are the
// files the extension ships in server/record/ (the record and its schema, which it names).
import * as vscode from 'vscode';

export const recordScheme = 'readout-record';
const shipped = new Set(['default.json', 'record.schema.json']);

export function registerRecordDocuments(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(recordScheme, {
    async provideTextDocumentContent(uri) {
      const name = uri.path.replace(/^\/+/, '');
      if (!shipped.has(name)) throw new Error(`Readout ships no record file named ${name}`);
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'server', 'record', name));
      return new TextDecoder().decode(bytes);
    },
  });
}

export async function openRecord(): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: recordScheme, path: '/default.json' }));
  await vscode.window.showTextDocument(document, { preview: true });
}
