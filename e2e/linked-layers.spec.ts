import { test, expect } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';

test('a saved layer joins the link (and so any slide made from it), and the link brings it back on another page', async ({ page, context }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const name = `synthetic-linked-${Date.now()}`;
  const csv = 'name,lat,lon,date\nSYNTH sighting A,41.9,132.2,2019-05-01\nSYNTH sighting B,42.3,133.1,2020-02-01\n';
  await page.getByLabel('Import data').setInputFiles({ name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const result = page.getByRole('status', { name: 'Import result' });
  await expect(result).toContainText(`Imported “${name}”`);
  // Unsaved data cannot travel in a link.
  expect(new URL(page.url()).searchParams.get('data')).toBeNull();
  const list = page.getByRole('list', { name: 'Imported layers' });
  await list.getByRole('button', { name: `Save ${name} to the database` }).click();
  await expect(result).toContainText(/Saved “.*” to the database \(id ([0-9a-f-]{36})\)/);
  const id = /\(id ([0-9a-f-]{36})\)/.exec((await result.textContent()) ?? '')![1]!;
  await expect(page).toHaveURL(new RegExp(`data=${id}`));

  // A colleague opens the link: the layer is fetched from the server and drawn.
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('list', { name: 'Imported layers' })).toContainText(name);

  // Removing it from the map takes it out of the link.
  await list.getByRole('button', { name: `Remove ${name} from the map` }).click();
  await expect(page).not.toHaveURL(/data=/);
  await other.close();
});
