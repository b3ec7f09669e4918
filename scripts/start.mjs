// `npm start`: build when the sources are newer than the last build, then serve on 127.0.0.1:3000. A non-loopback
// HOST needs sign-in (ROUTE_ATLAS_PASSWORD or ROUTE_ATLAS_PASSWORD_FILE); without it this refuses to start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const SOURCE_DIRS = ['app', 'components', 'geo', 'data', 'lib', 'scripts'];
const SOURCE_FILES = ['package-lock.json', 'next.config.js', 'tsconfig.json', 'proxy.ts'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

const port = process.env.PORT || '3000';
const host = process.env.HOST || '127.0.0.1';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;
const hasPassword = Boolean(process.env.ROUTE_ATLAS_PASSWORD || process.env.ROUTE_ATLAS_PASSWORD_FILE);

// Anyone who can reach a non-loopback address could read, overwrite and delete every saved briefing.
if (!LOOPBACK.test(host) && !hasPassword) {
  console.error(
    `Refusing to listen on ${host}: other machines could read and change every saved briefing without a password.\n` +
      'Set a team password first, for example:\n' +
      `  ROUTE_ATLAS_PASSWORD='a long passphrase' HOST=${host} npm start\n` +
      `  ROUTE_ATLAS_PASSWORD_FILE=/run/secrets/route-atlas HOST=${host} npm start\n` +
      'and list the names colleagues will type in ROUTE_ATLAS_HOSTS (e.g. ROUTE_ATLAS_HOSTS=atlas.team.lan,10.0.0.5).',
  );
  process.exit(1);
}
if (!LOOPBACK.test(host)) {
  // A specific address the server was told to listen on is a name colleagues will use; 0.0.0.0 and :: are not.
  const wildcard = host === '0.0.0.0' || host === '::' || host === '[::]';
  const bound = wildcard ? [] : [host.includes(':') && !host.startsWith('[') ? `[${host}]` : host];
  const hosts = [...(process.env.ROUTE_ATLAS_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean), ...bound];
  env.ROUTE_ATLAS_HOSTS = hosts.join(',');
  if (hosts.length === 0) {
    console.warn(
      `Listening on ${host}, but only loopback names are answered: set ROUTE_ATLAS_HOSTS to the names or addresses ` +
        'colleagues use to reach this machine (e.g. ROUTE_ATLAS_HOSTS=atlas.team.lan,10.0.0.5); any other gets 421.',
    );
  } else console.log(`Answering for loopback and ${hosts.join(', ')}; sign-in required.`);
}

const buildId = join(root, '.next', 'BUILD_ID');
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const sourcesAt = Math.max(...[...SOURCE_DIRS, ...SOURCE_FILES].map((p) => newestMtime(join(root, p))));
if (sourcesAt > builtAt) {
  console.log(builtAt ? 'Sources changed since the last build: rebuilding.' : 'No production build yet: building.');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`Route Atlas: http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`);
const server = spawnSync(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', host, '-p', port], {
  cwd: root,
  stdio: 'inherit',
  env,
});
process.exit(server.status ?? 0);
