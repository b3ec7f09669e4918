import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import boundaries from 'eslint-plugin-boundaries';

// The floors (docs/decisions/0010-floors.md): imports point down only, app → components → lib → geo → data.
// Each floor lists what it may import; anything else on the floors is refused with the floor's own sentence.
const FLOORS = ['app', 'components', 'lib', 'geo', 'data'];
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx'];

// Per floor: refuse what is above it (with a sentence naming the floor), then allow itself and what is below.
const floorPolicies = FLOORS.flatMap((floor, index) => {
  const below = FLOORS.slice(index);
  const refused = [...FLOORS.slice(0, index), 'tooling'];
  return [
    {
      from: { element: { type: floor } },
      disallow: { to: { element: { types: { anyOf: refused } } } },
      message:
        `floors: ${floor}/ may import only ${below.map((f) => `${f}/`).join(', ')} (app → components → lib → geo → data), ` +
        `not {{to.type}}/ ('{{dependency.source}}'). Move what both need down a floor; see docs/decisions/0010-floors.md.`,
    },
    { from: { element: { type: floor } }, allow: { to: { element: { types: { anyOf: below } } } } },
  ];
});

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { boundaries },
    settings: {
      'boundaries/include': ['{app,components,lib,geo,data,scripts,e2e}/**/*.{ts,tsx,mjs}'],
      'boundaries/elements': [
        // Test data and generators that unit tests on any floor may read; they are not product code.
        // Patterns match from the project root (partialMatch: false), so scripts/ais/lib is not the lib/ floor.
        { type: 'testing', pattern: ['scripts/ais/synthetic', 'e2e/fixtures'], partialMatch: false },
        ...FLOORS.map((floor) => ({ type: floor, pattern: floor, partialMatch: false })),
        { type: 'tooling', pattern: ['scripts', 'e2e'], partialMatch: false },
      ],
      'import/resolver': { typescript: { alwaysTryTypes: true } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...floorPolicies,
            // Scripts, benchmarks and e2e specs drive the product from outside: they may import any floor.
            { from: { element: { types: { anyOf: ['tooling', 'testing'] } } }, allow: { to: { element: { types: { anyOf: [...FLOORS, 'tooling', 'testing'] } } } } },
            {
              from: { element: { types: { anyOf: FLOORS } } },
              disallow: { to: { element: { type: 'testing' } } },
              message: `floors: '{{dependency.source}}' is test data (scripts/ais/synthetic, e2e/fixtures): only *.test.ts files may import it.`,
            },
            // A unit test may also read the test tracks, synthetic AIS and e2e fixtures.
            { from: { file: { path: TEST_FILES } }, allow: { to: { element: { type: 'testing' } } } },
          ],
        },
      ],
    },
  },
  {
    ignores: ['.next/**', 'node_modules/**', 'public/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'next-env.d.ts'],
  },
];

export default config;
