import { test, expect } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';

test('a lost WebGL context gives a clear message and a reload that brings the map back', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open('select=port-rajin');
  // What the browser does after sleep or a driver reset, forced through the standard extension.
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
    const gl = canvas?.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  });
  const map = page.getByRole('main', { name: 'Map' });
  await expect(map.getByRole('alert')).toContainText('stopped drawing');
  // The rest of the dashboard is untouched.
  await expect(atlas.details).toContainText('Rajin');
  await map.getByRole('button', { name: 'Reload map' }).click();
  await atlas.waitForMapIdle();
  await expect(map.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/select=port-rajin/);
});
