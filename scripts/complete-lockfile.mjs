// The npm registry this project is built against serves only the Linux builds of platform-specific
// optional packages (SWC, Rollup, the unrs resolver). npm then writes a lock file without the other
// platforms' entries, and `npm ci` refuses it as out of sync. This adds those entries back with the
// version their parent pins and the os/cpu/libc their name states, so `npm ci` skips them on a
// platform they do not match and fetches them by name where they do. Run after changing dependencies.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const OS = ['darwin', 'win32', 'android', 'freebsd', 'openbsd', 'openharmony', 'linux', 'sunos', 'aix', 'netbsd'];
const CPU = [
  ['arm64', 'arm64'],
  ['aarch64', 'arm64'],
  ['x64', 'x64'],
  ['ia32', 'ia32'],
  ['loong64', 'loong64'],
  ['ppc64', 'ppc64'],
  ['riscv64', 'riscv64'],
  ['s390x', 's390x'],
  ['arm', 'arm'],
];

// `siblings`: the other optional packages of the same parent. Some packages name only their musl build
// (DuckDB: `node-bindings-linux-arm64` and `node-bindings-linux-arm64-musl`), so a Linux name without a libc
// token whose `-musl` twin exists is the glibc build.
function platformOf(name, siblings) {
  const parts = name.split('/').pop().split('-');
  const os = OS.find((o) => parts.includes(o));
  const cpu = CPU.find(([token]) => parts.includes(token))?.[1];
  if (!os || !cpu) return null;
  let libc = parts.some((p) => p.startsWith('musl')) ? 'musl' : parts.includes('gnu') || parts.includes('gnueabihf') ? 'glibc' : undefined;
  if (os === 'linux' && libc === undefined && siblings.includes(`${name}-musl`)) libc = 'glibc';
  return { os: [os], cpu: [cpu], ...(os === 'linux' && libc ? { libc: [libc] } : {}) };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[base] || packages[hoisted]) continue;
    const platform = platformOf(name, Object.keys(entry.optionalDependencies));
    if (!platform || !/^\d+\.\d+\.\d+/.test(spec)) continue;
    packages[hoisted] = { version: spec, license: entry.license, optional: true, ...platform };
    added += 1;
  }
}

if (added > 0) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(`complete-lockfile: added ${added} platform entries`);
