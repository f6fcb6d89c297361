// The pipeline as one readable list of stages, checked at assembly, run per article.
import type { Article, Doc } from '../doc.ts';
import { PipelineError, InputError } from '../errors.ts';
import type { Stage } from './stage.ts';
import { loadResources, type ResourceOptions, type Resources } from './resources.ts';
import { normalizeStage } from '../normalize/index.ts';
import { segmentStage } from '../segment/index.ts';
import { recognizeDatesStage } from '../recognize/dates/index.ts';
import { recognizeQuantitiesStage } from '../recognize/quantities/index.ts';
import { recognizeActorsStage } from '../recognize/actors/index.ts';
import { codeEventsStage } from '../code/index.ts';
import { resolveStage } from '../resolve/index.ts';
import { detectLanguage } from '../ingest/language.ts';
import { articleSizeLimit, checkArticleSize } from './article-size.ts';

export type { Stage } from './stage.ts';
export type { Resources } from './resources.ts';
export { toFormatJson, type CodeOutput } from './output.ts';
export { articleSizeLimit, checkArticleSize, DEFAULT_MAX_ARTICLE_BYTES } from './article-size.ts';

/** The stages in order: ingest has produced an Article; store/analyze/serve work on the result. */
export const STAGES: readonly Stage<Resources>[] = [
  normalizeStage as Stage<Resources>,
  segmentStage,
  recognizeDatesStage,
  recognizeQuantitiesStage,
  recognizeActorsStage,
  codeEventsStage,
  resolveStage,
];

/** Refuse a stage list where a stage reads a field that no earlier stage fills. */
export function checkOrder(stages: readonly Stage<unknown>[]): void {
  const filled = new Set<string>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!filled.has(need)) {
        throw new PipelineError(`stage "${stage.name}" requires "${need}", which no earlier stage assigns`);
      }
    }
    for (const field of stage.assigns) filled.add(field);
  }
}

export interface Pipeline {
  resources: Resources;
  /** The largest article `code` takes, in bytes of UTF-8 text. */
  maxArticleBytes: number;
  /** Run every stage on one article. */
  code(article: Article): Doc;
}

/**
 * Assemble the pipeline with its dictionaries (built-in plus user folders).
 * @example const p = await createPipeline(); const doc = p.code({ id: 'a1', text: 'Moscow condemned Kyiv.' });
 */
export async function createPipeline(
  options: ResourceOptions & { stages?: readonly Stage<Resources>[]; maxArticleBytes?: number } = {},
): Promise<Pipeline> {
  const stages = options.stages ?? STAGES;
  checkOrder(stages);
  const maxArticleBytes = options.maxArticleBytes ?? articleSizeLimit();
  const resources = loadResources(options);
  return {
    resources,
    maxArticleBytes,
    code(article) {
      if (typeof article.text !== 'string' || article.text.trim() === '') {
        throw new InputError(article.id || 'article', 'has no text');
      }
      checkArticleSize(article, maxArticleBytes);
      const lang = article.lang ?? detectLanguage(article.text);
      let doc: Doc = { article: { ...article, lang }, text: article.text };
      for (const stage of stages) doc = stage.run(doc, resources);
      return doc;
    },
  };
}
