// The status bar item for the active draft: its reference date, where that came from, and
// how many findings it has. Clicking it sets the reference date.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReferenceDateRequest, type ReferenceDateResult } from '../../server/src/shared/protocol';

const origins: Record<string, string> = { 'front-matter': 'front matter', dateline: 'dateline', setting: 'setting', inferred: 'inferred' };

export function statusText(result: ReferenceDateResult): string {
  if (result.declined !== undefined) return 'Readout: not checked';
  const date = result.referenceDate ? `${result.referenceDate} (${origins[result.source ?? ''] ?? result.source})` : 'no reference date';
  const findings = result.findings === 1 ? '1 finding' : `${result.findings} findings`;
  return `Readout: ${date} · ${findings}`;
}

function statusTooltip(result: ReferenceDateResult): string {
  if (result.declined !== undefined) return `Readout does not check this draft: ${result.declined}`;
  const date = result.referenceDate
    ? `Titles and relative dates are checked as of ${result.referenceDate}, taken from the ${origins[result.source ?? ''] ?? result.source}.`
    : 'The draft has no reference date: relative dates ("on Friday") are not resolved.';
  return `${date}\nClick to set the reference date.`;
}

export class ReferenceDateStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('readout.referenceDate', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  /** Only the newest update may change the item: answers can arrive out of order. */
  private updates = 0;
  private visible = false;

  constructor(
    private readonly client: LanguageClient,
    private readonly languages: readonly string[],
  ) {
    this.item.name = 'Readout reference date';
    this.item.command = 'readout.setReferenceDate';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) void this.update();
      }),
      client.onDidChangeState(() => void this.update()),
    ];
    void this.update();
  }

  /** What the item shows now; undefined while it is hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private async update(): Promise<void> {
    const update = ++this.updates;
    const document = vscode.window.activeTextEditor?.document;
    let result: ReferenceDateResult | null = null;
    if (document && this.languages.includes(document.languageId) && this.client.isRunning()) {
      const uri = this.client.code2ProtocolConverter.asUri(document.uri);
      result = await this.client.sendRequest(ReferenceDateRequest, { uri }).then(undefined, () => null);
    }
    if (update !== this.updates) return;
    if (!result) {
      this.visible = false;
      this.item.hide();
      return;
    }
    this.item.text = statusText(result);
    this.item.tooltip = statusTooltip(result);
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
