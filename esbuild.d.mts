// The types of what esbuild.mjs exports, for the TypeScript that imports it (bench/core.ts).
import type { BuildOptions } from 'esbuild';

export declare const base: BuildOptions;
