// Line reading shared by the PETRARCH/TABARI dictionary formats: `#` comments and blank lines are skipped,
// and each kept line remembers its 1-based number for error messages.

export interface SourceLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
  /** The line started with a tab (a date restriction in actor files). */
  indented: boolean;
}

/** Non-blank lines with comments removed: `#` (PETRARCH) and `;` (TABARI) start a comment. */
export function cleanLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const cut = raw.search(/[#;]/);
    const body = (cut >= 0 ? raw.slice(0, cut) : raw).replace(/\s+$/, '');
    if (!body.trim() || body.trim().startsWith('<!--')) return;
    out.push({ text: body.trim(), line: i + 1, indented: /^[\t ]/.test(raw) });
  });
  return out;
}
