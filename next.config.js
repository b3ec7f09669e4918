// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  // deck.gl and luma.gl ship modern ESM that Turbopack handles; nothing to transpile.
  turbopack: { root: __dirname },
};

module.exports = nextConfig;
