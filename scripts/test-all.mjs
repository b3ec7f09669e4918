// `npm test`: every check in one run, ending with one line "N passed, N failed" for units and e2e.
// A step that is not a test (type check, lint, build, browser install) counts as one failure if it fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH, chromiumAvailable } from './chromium-path.mjs';

const root = join(import.meta.dirname, '..');
const resultsDir = join(root, 'test-results');
const bin = (name) => join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function step(label, command, args, env) {
  const ok = run(label, command, args, env);
  if (!ok) {
    failed += 1;
    failures.push(label);
  }
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function ensureChromium() {
  if (chromiumAvailable()) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `\nChromium not found at ${CHROMIUM_PATH}. Install Debian's chromium ("sudo apt-get install chromium") ` +
        'or set CHROMIUM_PATH to a Chromium binary, then run npm test again.',
    );
    return false;
  }
  console.log(`\nChromium not found at ${CHROMIUM_PATH}: installing Debian's chromium with apt.`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get update', 'apt-get', ['update', '-qq'], env) && run('install chromium', 'apt-get', ['install', '-y', '-qq', 'chromium'], env) && chromiumAvailable();
}

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

step('type check', bin('tsc'), ['--noEmit']);
// ESLint (with the floors rule) and knip (unused files, exports and dependencies): `npm run lint`.
step('lint', 'npm', ['run', '--silent', 'lint']);

const vitestJson = join(resultsDir, 'vitest.json');
run('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
const units = readJson(vitestJson);
if (units) {
  passed += units.numPassedTests;
  failed += units.numFailedTests + (units.numFailedTestSuites ?? 0);
  if (units.numFailedTests || units.numFailedTestSuites) failures.push('unit tests');
} else {
  failed += 1;
  failures.push('unit tests (no report)');
}

const built = step('production build', 'npm', ['run', 'build']);

/** An integration harness that prints its own `N passed, N failed`, counted into the total. */
function integration(label, script) {
  console.log(`\n=== integration: ${label} (${script})`);
  const result = spawnSync(bin('tsx'), [script], { cwd: root, encoding: 'utf8', env: process.env });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  const summary = /^(\d+) passed, (\d+) failed$/m.exec(result.stdout ?? '');
  if (summary) {
    passed += Number(summary[1]);
    failed += Number(summary[2]);
  }
  if (!summary || result.status !== 0) {
    if (!summary) failed += 1;
    failures.push(label);
  }
}

if (built) {
  // The real server killed with SIGKILL mid-write, restarted, the database checked.
  integration('API crash test', 'scripts/api/crash-test.ts');
  // db:backup during writes, db:restore into a new and into the live database, refusals of bad backups.
  integration('backup and restore test', 'scripts/db/backup-test.ts');
}
const browser = ensureChromium();
if (!browser) {
  failed += 1;
  failures.push('chromium install');
}

if (built && browser) {
  const e2eJson = join(resultsDir, 'e2e.json');
  run('e2e tests', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
    E2E_DB: join(resultsDir, 'e2e.db'),
  });
  const e2e = readJson(e2eJson);
  if (e2e?.stats) {
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected;
    if (e2e.stats.unexpected) failures.push('e2e tests');
    if (e2e.errors?.length) {
      failed += e2e.errors.length;
      failures.push('e2e setup');
    }
  } else {
    failed += 1;
    failures.push('e2e tests (no report)');
  }
} else {
  console.log('\nSkipping e2e tests: ' + (built ? 'no Chromium.' : 'the build failed.'));
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
if (!existsSync(join(root, '.next', 'BUILD_ID'))) console.log('(no production build present)');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
