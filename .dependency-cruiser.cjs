// `npm run lint`: the import rules the compiler cannot hold. Type-only imports count.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules import each other one way: a cycle, even of types only, means a type or a function is in the wrong file.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'one-door-into-the-core',
      comment: 'Outside the core, import it through server/src/core/index.ts only (its unit tests in test/core may reach inside).',
      severity: 'error',
      from: { pathNot: '^(server/src/core/|test/core/)' },
      to: { path: '^server/src/core/', pathNot: '^server/src/core/index[.]ts$' },
    },
    {
      name: 'client-imports-shared-only',
      comment: 'The extension shares only server/src/shared/ with the server.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^server/', pathNot: '^server/src/shared/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|out)/' },
    tsPreCompilationDeps: true,
  },
};
