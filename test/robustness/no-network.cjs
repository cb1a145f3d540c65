// Preloaded with `node --require` by test/robustness/no-network.test.ts: makes every way out
// to the network fail loudly. Any attempt throws and appends what was tried (with a stack)
// to the file named by READOUT_NETWORK_MARKER, so the test can prove none was made.
// Pipes and stdio are left alone: they are sockets created on file descriptors, not connected.
'use strict';
const fs = require('node:fs');

const marker = process.env.READOUT_NETWORK_MARKER;
// Which processes ran with this preload: the test proves the CLI and the server did.
if (marker) fs.appendFileSync(`${marker}.loaded`, `${process.pid} ${process.argv.slice(1).join(' ')}\n`);

function refuse(what) {
  return function refused() {
    const stack = new Error(`network access attempted: ${what}`).stack;
    if (marker) fs.appendFileSync(marker, `${process.pid} ${what}\n${stack}\n\n`);
    throw new Error(`Readout must not touch the network: ${what}`);
  };
}

function block(moduleName, names) {
  const mod = require(moduleName);
  for (const name of names) {
    if (typeof mod[name] === 'function') mod[name] = refuse(`${moduleName}.${name}`);
  }
  return mod;
}

const net = block('node:net', ['connect', 'createConnection', 'createServer']);
net.Socket.prototype.connect = refuse('net.Socket.prototype.connect');
net.Server.prototype.listen = refuse('net.Server.prototype.listen');
block('node:http', ['request', 'get', 'createServer']);
block('node:https', ['request', 'get', 'createServer']);
block('node:http2', ['connect', 'createServer', 'createSecureServer']);
block('node:tls', ['connect', 'createServer']);
block('node:dgram', ['createSocket']);
const dns = block('node:dns', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse']);
if (dns.promises) block('node:dns/promises', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']);
dns.Resolver.prototype.resolve = refuse('dns.Resolver.prototype.resolve');
for (const name of ['fetch', 'WebSocket', 'EventSource']) {
  if (typeof globalThis[name] === 'function') globalThis[name] = refuse(`globalThis.${name}`);
}
