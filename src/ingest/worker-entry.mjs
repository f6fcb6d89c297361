// Worker bootstrap: registers tsx in this thread (workers don't inherit the parent's loader), then runs the worker.
import { register } from 'tsx/esm/api';
register();
await import('./worker.ts');
