// Types of launch.mjs for the TypeScript that tests it.
export function builtEntry(name: string, root?: string): string | null;
export function launch(name: string, source: string): Promise<unknown>;
