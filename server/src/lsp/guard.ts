// The server never crashes on a request: a handler that throws is logged to the client's
// output and answers with an empty result instead.
import { CancellationToken, type Connection } from 'vscode-languageserver/node';

export function describeError(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

/** Wraps a request handler: a throw (or a rejected promise) becomes `fallback`, with the error logged. */
export function guard<P, R, F>(
  connection: Connection,
  name: string,
  fallback: F,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | F> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (err) {
      connection.console.error(`Readout: ${name} failed: ${describeError(err)}`);
      return fallback;
    }
  };
}

/** Wraps a notification handler or any other fire-and-forget work the same way. */
export function guardNotification<P>(connection: Connection, name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    void guard(connection, name, undefined, handler)(params, CancellationToken.None);
  };
}
