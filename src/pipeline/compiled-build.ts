// The build step's entry (scripts/build.mjs): compile the built-in resources into their artifact now.
import { RESOURCE_ARTIFACT, RESOURCE_SOURCES, sourceHash, writeArtifact } from './compiled.ts';
import { compileResources } from './resources.ts';

/** @example writeResourceArtifact() // dist/resources.bin now matches the sources */
export function writeResourceArtifact(): void {
  writeArtifact(RESOURCE_ARTIFACT, sourceHash(RESOURCE_SOURCES), compileResources([]));
}
