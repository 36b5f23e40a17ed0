/**
 * The Content Security Policy of the built site (SvelteKit `kit.csp`, a <meta> tag): scripts
 * only from the site itself and the hashes of SvelteKit's inline bootstrap, no plugins, no
 * <base>. The dev server sets none, so there these tests are skipped.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function policyOf(page: Page): Promise<Map<string, string[]> | undefined> {
  const content = await page
    .locator('meta[http-equiv="content-security-policy" i]')
    .getAttribute('content', { timeout: 2_000 })
    .catch(() => null);
  if (content === null) return undefined;
  const directives = content.split(';').map((d) => d.trim().split(/\s+/));
  return new Map(directives.filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

async function skipOnDevServer(page: Page): Promise<void> {
  const dev = await page.evaluate(() => '__sveltekit_dev' in window);
  test.skip(dev, 'the dev server sets no Content Security Policy; run against the build');
}

test('the built page sets a strict Content Security Policy', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
  await skipOnDevServer(page);
  const policy = await policyOf(page);
  expect(policy, 'a CSP <meta> tag').toBeDefined();
  const scripts = policy?.get('script-src') ?? [];
  expect(scripts).toContain("'self'");
  for (const source of scripts)
    expect(source).toMatch(/^'(self|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/);
  expect(policy?.get('object-src')).toEqual(["'none'"]);
  expect(policy?.get('base-uri')).toEqual(["'none'"]);
});

test('the policy blocks an injected inline script and inline handler', async ({ browser }) => {
  // A page of its own: the violations here are expected, the shared fixture would fail on them
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
  await skipOnDevServer(page);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.violatedDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onload="window.__pwned = 2">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { pwned: (window as { __pwned?: unknown }).__pwned, violations };
  });
  expect(outcome.pwned).toBeUndefined();
  expect(outcome.violations.some((d) => d.startsWith('script-src'))).toBe(true);
  await context.close();
});
