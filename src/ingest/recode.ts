// Re-code stored articles with the current dictionaries, replacing each article's events in one transaction.
import type { Store } from '../store/store.ts';
import { createPipeline } from '../pipeline/index.ts';
import { storableDoc } from './storable.ts';

export async function recode(store: Store, options: { dictDirs?: string[] } = {}) {
  const pipeline = await createPipeline({ dictDirs: options.dictDirs });
  const before = await store.counts();
  let articles = 0;
  const page = 200;
  for (let offset = 0; ; offset += page) {
    const { items } = await store.listArticles({ limit: page, offset });
    if (!items.length) break;
    for (const a of items) {
      await store.saveDoc(storableDoc(pipeline.code(a)), { replace: true });
      articles++;
    }
  }
  await store.recluster();
  const after = await store.counts();
  return { articles, eventsBefore: before.events, eventsAfter: after.events };
}
