import { describe, expect, it } from 'vitest';
import { checkOrder, createPipeline, STAGES } from './index.ts';
import type { Stage } from './stage.ts';
import { PipelineError, InputError } from '../errors.ts';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({ name, requires, assigns, run: (d) => d });

describe('pipeline assembly', () => {
  it('accepts the shipped stage order', () => {
    expect(() => checkOrder(STAGES)).not.toThrow();
  });

  it('refuses a stage that reads a field no earlier stage fills, naming both', () => {
    const wrong = [stage('code', ['actors'], ['events']), stage('actors', ['tokens'], ['actors'])];
    expect(() => checkOrder(wrong)).toThrow(PipelineError);
    expect(() => checkOrder(wrong)).toThrow(/stage "code" requires "actors"/);
  });
});

describe('pipeline run', () => {
  it('keeps every token offset pointing at its text in the original article', async () => {
    const p = await createPipeline();
    const text = 'أعلنتْ وزارةُ الخارجيّة الروسية، اليوم، استدعاءَ السفير. Then Baku replied.';
    const doc = p.code({ id: 't1', text, published: '2025-07-01' });
    expect(doc.article.lang).toBe('ar');
    expect(doc.tokens!.length).toBeGreaterThan(5);
    for (const t of doc.tokens!) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('rejects an article without text, naming it', async () => {
    const p = await createPipeline();
    expect(() => p.code({ id: 'empty-1', text: '   ' })).toThrow(InputError);
    expect(() => p.code({ id: 'empty-1', text: '   ' })).toThrow(/empty-1/);
  });
});
