import { test, expect } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';

test('a hostile link loads with defaults for its bad parts and a visible notice', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const hostile = [
    'v=999',
    'view=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    'theme=javascript:alert(1)',
    'layers=ports,%00,rail',
    `select=${'x'.repeat(3000)}`,
    'time=2018-03-31,2018-01-01',
    'commodities=plutonium',
    'lang=xx',
    '%E0%A4%A=broken',
  ].join('&');
  await atlas.open(hostile);
  const notices = page.getByRole('status', { name: 'Notices' });
  await expect(notices).toContainText('not valid');
  await expect(notices).toContainText('another version');
  await expect(page.getByRole('checkbox', { name: 'Ports' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Rail links' })).toBeChecked();
  // The page works: a search still selects.
  await page.getByLabel('Search places').fill('Nakhodka');
  await page.getByRole('option', { name: /Nakhodka port/ }).click();
  await expect(atlas.details).toContainText('Nakhodka');
});

test('responses carry a strict Content-Security-Policy and the security headers', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/https?:\/\//);
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const asset = await page.request.get('/basemap/land.json');
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
});
