import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const [w, h, scheme, ...years] = process.argv.slice(2);
for (const y of years) {
  const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
  await p.goto(`http://localhost:5190/?bench&year=${y}`);
  await p.waitForFunction(() => window.__factionsBench?.view.cy.zoom() > 0);
  await p.waitForTimeout(800);
  await p.screenshot({ path: `/tmp/y${y}-${w}-${scheme}.png` });
  await p.close();
}
await b.close();
