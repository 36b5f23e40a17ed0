import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';

/**
 * CI and `npm test` run against the static build. Set E2E_DEV_PORT to test against a dev server
 * on that port instead (no build, so several people can run specs at once).
 */
const devPort = process.env.E2E_DEV_PORT ? Number(process.env.E2E_DEV_PORT) : undefined;
const port = devPort ?? 4173;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  expect: { timeout: 10_000 },
  webServer: {
    command: devPort
      ? `npx vite dev --port ${devPort} --strictPort`
      : 'npm run build && npm run preview -- --port 4173 --strictPort',
    port,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
