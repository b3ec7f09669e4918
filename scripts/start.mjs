// `npm start`: build when the sources are newer than the last build, then serve on 127.0.0.1:3000.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const SOURCE_DIRS = ['app', 'components', 'geo', 'data', 'lib', 'scripts'];
const SOURCE_FILES = ['package-lock.json', 'next.config.js', 'tsconfig.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

const buildId = join(root, '.next', 'BUILD_ID');
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const sourcesAt = Math.max(...[...SOURCE_DIRS, ...SOURCE_FILES].map((p) => newestMtime(join(root, p))));
if (sourcesAt > builtAt) {
  console.log(builtAt ? 'Sources changed since the last build: rebuilding.' : 'No production build yet: building.');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || '3000';
const host = process.env.HOST || '127.0.0.1';
console.log(`Route Atlas: http://${host}:${port}`);
const server = spawnSync(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', host, '-p', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
process.exit(server.status ?? 0);
