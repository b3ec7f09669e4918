import { defineConfig } from '@playwright/test';
// Shared with the benchmark so both drive Chromium the same way.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium-path.mjs';

const PORT = Number(process.env.E2E_PORT || 3107);

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // A limit for hangs, not a speed target: software WebGL on two shared cores runs some tests three times slower on a
  // busy machine (an AIS import test took 21 s, then over 90 s, on the same commit).
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { ROUTE_ATLAS_DB: process.env.E2E_DB || 'test-results/e2e.db', NEXT_TELEMETRY_DISABLED: '1' },
  },
});
