import { ESLint } from 'eslint';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The floors rule (eslint.config.mjs, docs/decisions/0010-floors.md) run on planted files: if the rule is
// dropped or loosened, these fail, so a wrong arrow can never pass lint silently. Files are linted as text
// under a made-up name, so nothing is written into the tree.
const root = join(import.meta.dirname, '..', '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function floorErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('the floors lint rule', () => {
  it('refuses geo/ importing lib/, and names the floor', async () => {
    const errors = await floorErrors('geo/layers/__plant__.ts', "import { DEFAULT_DASHBOARD_STATE } from '@/lib/dashboard-state';\nexport const x = DEFAULT_DASHBOARD_STATE;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('floors: geo/ may import only geo/, data/');
    expect(errors[0]).toContain("not lib/ ('@/lib/dashboard-state')");
  });

  it('refuses type-only and relative upward imports too', async () => {
    const code = "import type { DashboardState } from '../../lib/dashboard-state';\nexport type S = DashboardState;\n";
    expect(await floorErrors('geo/analysis/__plant__.ts', code)).toHaveLength(1);
  });

  it('lets data/ import only data/', async () => {
    const errors = await floorErrors('data/__plant__.ts', "import { buildAtlasLayers } from '@/geo/layers/atlas-layers';\nexport const x = buildAtlasLayers;\n");
    expect(errors[0]).toContain('floors: data/ may import only data/');
    expect(await floorErrors('data/__plant__.ts', "import { COMMODITIES } from '@/data';\nexport const x = COMMODITIES;\n")).toEqual([]);
  });

  it('refuses lib/ importing components/ or app/', async () => {
    const errors = await floorErrors('lib/__plant__.ts', "import { CopyLinkButton } from '@/components/ui/copy-link-button';\nexport const x = CopyLinkButton;\n");
    expect(errors[0]).toContain('floors: lib/ may import only lib/, geo/, data/');
  });

  it('allows every downward import', async () => {
    const code = [
      "import { DEFAULT_DASHBOARD_STATE } from '@/lib/dashboard-state';",
      "import { buildAtlasLayers } from '@/geo/layers/atlas-layers';",
      "import { COMMODITIES } from '@/data';",
      'export const x = [DEFAULT_DASHBOARD_STATE, buildAtlasLayers, COMMODITIES];',
      '',
    ].join('\n');
    expect(await floorErrors('components/map/__plant__.ts', code)).toEqual([]);
  });

  it('keeps test data out of product code but lets unit tests read it', async () => {
    const code = "import { T0 } from '@/scripts/ais/synthetic/test-tracks';\nexport const x = T0;\n";
    expect((await floorErrors('geo/analysis/ais/__plant__.ts', code))[0]).toContain('only *.test.ts files may import it');
    expect(await floorErrors('geo/analysis/ais/__plant__.test.ts', code)).toEqual([]);
  });
});
