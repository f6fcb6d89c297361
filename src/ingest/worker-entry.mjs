// Worker bootstrap: the bundled worker while it matches the sources, else the TypeScript through tsx
// (workers don't inherit the parent's loader, so each registers its own).
import { launch } from '../../bin/launch.mjs';
await launch('worker', 'src/ingest/worker.ts');
