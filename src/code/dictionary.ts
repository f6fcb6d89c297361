// PLACEHOLDER until the coder engineer lands the real verb dictionary loader.
export interface VerbDictionary { entries: unknown[] }
export function loadVerbDictionary(_dirs: string[]): VerbDictionary { return { entries: [] }; }
