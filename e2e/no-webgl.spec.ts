import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium-path.mjs';
import { test, expect } from './fixtures/test';

// A browser with WebGL switched off, as on some locked-down machines.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-webgl2', '--disable-3d-apis'] } });

test('without WebGL the map says so, and search, list and panels still work', async ({ page }) => {
  await page.goto('/?select=port-rajin');
  await expect(page.getByRole('main', { name: 'Map' }).getByRole('alert')).toContainText('cannot be drawn');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Rajin');
  await page.getByLabel('Search places').fill('Kholmsk');
  await page.getByRole('option', { name: /Kholmsk port/ }).click();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Kholmsk');
  await page.getByRole('navigation', { name: 'Features' }).getByRole('button', { name: 'Nakhodka port' }).click();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Nakhodka');
  await expect(page).toHaveURL(/select=port-nakhodka/);
  await expect(page.getByRole('region', { name: 'Overview' }).or(page.getByRole('region', { name: /trade/i }).first())).toBeVisible();
});
