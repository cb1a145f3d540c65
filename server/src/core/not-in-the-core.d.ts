// Inside the core, `vscode` and the language server packages resolve to this file (see the
// core's tsconfig.json `paths`), which is not a module: importing them fails to compile.
