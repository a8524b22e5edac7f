import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real app — real services, real data files — in Debian's Chromium
 * through browser mode. The `electron` project runs the same specs through the desktop shell where
 * an Electron runtime exists, and reports them as skipped elsewhere (see tests/e2e/support/launch.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  timeout: 60_000,
  // Generous: a 2-core CI machine also runs the store's background compaction and index warm-up.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'list' : [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: !process.env.HEADED,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'web', metadata: { shell: 'web' } },
    { name: 'electron', metadata: { shell: 'electron' } },
  ],
});
