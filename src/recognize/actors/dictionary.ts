// PLACEHOLDER until the actor engineer lands the real dictionary loader.
export interface ActorDictionary { entries: unknown[] }
export function loadActorDictionary(_dirs: string[]): ActorDictionary { return { entries: [] }; }
