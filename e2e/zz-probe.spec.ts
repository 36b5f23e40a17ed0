import { test } from './fixtures';
test(`probe tab order`, async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/?year=1929&focus=stalin');
  await page.getByRole('slider', { name: 'Year' }).waitFor();
  const seen: string[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const d = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const cs = getComputedStyle(el);
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? '[' + el.getAttribute('role') + ']' : ''}${(el as HTMLInputElement).type ? '(' + (el as HTMLInputElement).type + ')' : ''} "${name}" outline=${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} shadow=${cs.boxShadow.slice(0, 30)}`;
    });
    seen.push(d);
    if (d.startsWith('body')) break;
  }
  console.log(seen.join('\n'));
});
