import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');

/** Packages that must load only when first needed (the map's chunk, the charts, the PDF export): issue 7. */
const LATER = [/^@deck\.gl\//, /^@luma\.gl\//, /^maplibre-gl$/, /^react-map-gl/, /^recharts$/, /^jspdf$/, /^terra-draw/];

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** The modules a file loads when it runs: static imports and re-exports that carry a value, not `import()`. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
      if (onlyTypes) continue;
      found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly)) continue;
      found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found;
}

/** Every package the entry reaches through runtime imports, with the chain of files that leads to it. */
function packagesReachedFrom(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const queue: { file: string; chain: string[] }[] = [{ file: entry, chain: [] }];
  while (queue.length > 0) {
    const { file, chain } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const here = [...chain, file.slice(ROOT.length + 1)];
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.') || specifier.startsWith('@/')) {
        const next = resolveLocal(file, specifier);
        if (next) queue.push({ file: next, chain: here });
      } else if (!reached.has(specifier)) {
        reached.set(specifier, here);
      }
    }
  }
  return reached;
}

describe('what the dashboard loads before its first paint', () => {
  it.each(['app/page.tsx', 'app/brief/[id]/page.tsx'])('%s reaches no map, chart or PDF package', (page) => {
    const reached = packagesReachedFrom(join(ROOT, page));
    const early = [...reached].filter(([name]) => LATER.some((pattern) => pattern.test(name)));
    // The chain says which import pulled the package in.
    expect(early.map(([name, chain]) => `${name} ← ${chain.join(' ← ')}`)).toEqual([]);
  });

  it('the map component does reach deck.gl and MapLibre (the walk sees real imports)', () => {
    const reached = packagesReachedFrom(join(ROOT, 'components/map/atlas-map.tsx'));
    expect([...reached.keys()]).toEqual(expect.arrayContaining(['maplibre-gl', '@deck.gl/layers']));
  });
});
