#!/usr/bin/env node
// Entry point: the CLI bundle from `npm run build` while it matches the sources, else the TypeScript via tsx.
import { launch } from './launch.mjs';
await launch('main', 'src/cli/main.ts');
