// CAMEO code names (English, from the project's generated table) for labels and tooltips.
import { CAMEO_TABLE } from '../../src/ontology/cameo-table.ts';

export function cameoName(code: string): string {
  return (CAMEO_TABLE as Record<string, { name: string }>)[code]?.name ?? code;
}
