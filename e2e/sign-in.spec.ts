import { request as http } from 'node:http';
import { test, expect } from './fixtures/test';
import { startOwnServer, type OwnServer } from './fixtures/own-server';
import { AtlasPage } from './pages/atlas-page';

// A team server of its own, with a password, beside the suite's server (which has none).
const PORT = Number(process.env.E2E_AUTH_PORT || 3126);
const PASSWORD = 'correct horse battery';
let server: OwnServer;

test.beforeAll(async () => {
  server = await startOwnServer(PORT, { ROUTE_ATLAS_PASSWORD: PASSWORD });
});
test.afterAll(async () => {
  await server?.stop();
});

test('a team server: wrong password refused, right one admitted with the chosen name, API 401 without the cookie, sign-out', async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  const base = server.baseUrl;
  await page.goto(`${base}/?view=130.3,42.2,7`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  expect(new URL(new URL(page.url()).searchParams.get('next')!, base).searchParams.get('view')).toBe('130.3,42.2,7');
  const form = page.getByRole('form', { name: 'Route Atlas' });
  await form.getByLabel('Your name').fill('Анна K.');
  await form.getByLabel('Password').fill('not the password');
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Wrong password/);
  expect((await page.context().cookies()).filter((c) => c.name === 'route-atlas-session')).toEqual([]);

  await form.getByLabel('Your name').fill('Анна K.');
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
  // Back where the link pointed, with its view.
  await expect.poll(() => new URL(page.url()).pathname).toBe('/');
  expect(new URL(page.url()).searchParams.get('view')).toBe('130.3,42.2,7');
  await new AtlasPage(page).waitForMapIdle();
  await expect(page.getByRole('form', { name: 'Account' })).toContainText('Signed in as Анна K.');
  const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'route-atlas-session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false, path: '/' });

  // A briefing saved now records who saved it, and the list says so.
  const created = await page.request.post(`${base}/api/briefings`, { data: { title: 'Signed', slides: [] } });
  expect(created.status()).toBe(201);
  expect(((await created.json()) as { savedBy: string }).savedBy).toBe('Анна K.');
  await page.getByRole('tab', { name: 'Briefing' }).click();
  const saved = page.getByRole('list', { name: 'Saved briefings' });
  await page.getByRole('button', { name: 'Refresh list' }).click();
  await expect(saved).toContainText('saved by Анна K.');

  // Without the cookie: 401 JSON from the API, no data; a page sends to the sign-in page.
  const stranger = await playwright.request.newContext({ baseURL: base });
  const api = await stranger.get('/api/briefings');
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ error: expect.stringMatching(/sign in/) });
  const pageAnswer = await stranger.get('/brief/00000000-0000-4000-8000-000000000000', { maxRedirects: 0 });
  expect(pageAnswer.status()).toBe(303);
  expect(await pageAnswer.text()).not.toContain('Signed');
  await stranger.dispose();

  await page.getByRole('form', { name: 'Account' }).getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(`${base}/sign-in?signed-out=1`);
  await expect(page.getByRole('status')).toHaveText('You are signed out.');
  expect((await page.request.get(`${base}/api/briefings`)).status()).toBe(401);
});

/** A raw request with any Host header (what a rebinding page's browser would send). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http(url, { headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a request with a foreign Host header gets no data, pages and API alike', async ({ page }) => {
  const title = `Secret ${Date.now()}`;
  const created = await page.request.post('/api/briefings', { data: { title, slides: [] } });
  const { id } = (await created.json()) as { id: string };
  const origin = `http://127.0.0.1:${process.env.E2E_PORT || 3107}`;
  for (const path of ['/', `/brief/${id}`, '/api/briefings', `/api/briefings/${id}`, '/api/datasets', '/basemap/land.json']) {
    const foreign = await getWithHost(`${origin}${path}`, 'rebound.example:80');
    expect(foreign.status, path).toBe(421);
    expect(foreign.body, path).not.toContain(title);
    expect(foreign.body, path).not.toContain('"briefings"');
  }
  // The same requests with this machine's name are answered.
  const local = await getWithHost(`${origin}/api/briefings/${id}`, 'localhost');
  expect(local.status).toBe(200);
  expect(local.body).toContain(title);
});
