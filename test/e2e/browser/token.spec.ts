import WebSocket from 'ws';
import { expect, test } from './fixtures';

function connect(url: string, headers: Record<string, string> = {}): Promise<{ opened: boolean; status: number | null }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => {
      ws.close();
      resolve({ opened: true, status: null });
    });
    ws.on('unexpected-response', (_req, res) => resolve({ opened: false, status: res.statusCode ?? null }));
    ws.on('error', () => resolve({ opened: false, status: null }));
  });
}

test('the page and the API are refused without the per-run token', async ({ page, app, request }) => {
  const noToken = await request.get(`${app.origin}/`);
  expect(noToken.status()).toBe(401);
  const wrongToken = await request.get(`${app.origin}/?token=not-the-token`);
  expect(wrongToken.status()).toBe(401);
  const asset = await request.get(`${app.origin}/assets/anything.js`);
  expect(asset.status()).toBe(401);

  const ws = app.origin.replace('http', 'ws');
  expect(await connect(`${ws}/api`)).toEqual({ opened: false, status: 401 });
  expect(await connect(`${ws}/api?token=wrong`)).toEqual({ opened: false, status: 401 });
  expect(await connect(`${ws}/api?token=${app.token}`, { Origin: 'http://evil.example' })).toEqual({ opened: false, status: 401 });
  expect(await connect(`${ws}/api?token=${app.token}`)).toEqual({ opened: true, status: null });

  // A browser without the token sees the refusal, not the app.
  const response = await page.goto(`${app.origin}/`);
  expect(response?.status()).toBe(401);
  await expect(page.getByText(/unauthorized/i)).toBeVisible();
});
