// "Readout: Show Timeline": the terms and calls of the person under the cursor, drawn in a
// webview beside the draft. The server finds the person and gathers the facts.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TimelineRequest } from '../../server/src/shared/protocol';
import { renderTimeline } from './timelineHtml';

/** One panel, reused: a second timeline replaces the first. */
let panel: vscode.WebviewPanel | undefined;

export async function showTimeline(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client.isRunning()) {
    void vscode.window.showInformationMessage('Readout: put the cursor on a person\'s name in a draft to see their timeline.');
    return;
  }
  const data = await client.sendRequest(TimelineRequest, {
    uri: client.code2ProtocolConverter.asUri(editor.document.uri),
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
  });
  if (!data) {
    void vscode.window.showInformationMessage('Readout: the cursor is not on the name of a person in the record.');
    return;
  }
  if (!panel) {
    panel = vscode.window.createWebviewPanel('readout.timeline', '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
    panel.onDidDispose(() => (panel = undefined));
  }
  panel.title = `Timeline: ${data.name}`;
  panel.webview.html = renderTimeline(data, { cspSource: panel.webview.cspSource });
  panel.reveal(vscode.ViewColumn.Beside, true);
}
