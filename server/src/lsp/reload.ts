// What makes the server load the record again and check every draft again: a record file,
// the workspace folders or the settings changing. Apart from the state it reloads
// (records.ts, settings.ts), so that state knows nothing of the features given it.
import { DidChangeConfigurationNotification } from 'vscode-languageserver/node';
import type { Feature, ServerContext } from './context';
import { configFileName } from '../node/config';
import { guardNotification } from './guard';

/** Reloads the record when a record file or the workspace folders change, then re-checks every draft. */
export function registerRecords({ connection, client, records, drafts }: ServerContext): Feature {
  const reload = async (configChanged = false) => {
    // A configuration's rules and ignore patterns change the checks even when the record stays the same.
    if ((await records.reload()) || configChanged) drafts.invalidate();
  };
  connection.onDidChangeWatchedFiles(
    guardNotification(connection, 'record file change', async ({ changes }) => {
      const configChanged = changes.some((change) => change.uri.endsWith(`/${configFileName}`));
      if (configChanged) records.configs.reset();
      await reload(configChanged);
    }),
  );
  return {
    capabilities: { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } },
    initialized() {
      if (client.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guardNotification(connection, 'workspace folders change', async ({ added, removed }) => {
            const gone = new Set(removed.map((f) => f.uri));
            records.setFolders([...records.folderUris.filter((uri) => !gone.has(uri)), ...added.map((f) => f.uri)]);
            await reload(true);
          }),
        );
      }
      void reload();
    },
  };
}

/** A settings change may name other record files and changes every draft's check: reload, then re-check all. */
export function registerSettings({ connection, client, settings, records, drafts }: ServerContext): Feature {
  connection.onDidChangeConfiguration(
    guardNotification(connection, 'settings change', async (params) => {
      settings.changed(params.settings);
      await records.reload();
      drafts.invalidate();
    }),
  );
  return {
    initialized() {
      // VS Code sends no didChangeConfiguration unless the server registers for it.
      if (client.configurationRegistration) {
        connection.client.register(DidChangeConfigurationNotification.type, { section: 'readout' }).catch(() => undefined);
      }
    },
  };
}
