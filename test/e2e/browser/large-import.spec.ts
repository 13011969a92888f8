import { generateWorkspace } from '../../bench/generateWorkspace';
import { E2E_NOW, expect, test } from './fixtures';

/**
 * A large workspace file imported from the first-run dialog: the import runs in the core's job
 * worker, the window says how far it is (above the dialog), and the queue fills when it is done.
 * What the progress bar said is recorded in the page as it happens (a MutationObserver), so the
 * test does not depend on catching the bar at a poll.
 */
test('importing a large workspace shows its progress, then the queue', async ({ page, app }) => {
  test.setTimeout(120_000);
  const file = app.writeJson('large.json', generateWorkspace({ cases: 30_000, seed: 9, now: E2E_NOW }));
  await page.goto(app.url);
  const firstRun = page.getByTestId('first-run');
  await expect(firstRun).toBeVisible();
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenProgress: string[] }).seenProgress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="status"][aria-label="Work in progress"]');
      const text = bar?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('import-file').setInputFiles(file);

  await expect(firstRun).toBeHidden({ timeout: 90_000 });
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await expect(page.getByTestId('nav-all')).toContainText(/\d{3,}/);
  await expect(page.getByRole('status', { name: 'Work in progress' })).toBeHidden();
  const seen = await page.evaluate(() => (window as unknown as { seenProgress: string[] }).seenProgress);
  expect(seen.some((text) => text.startsWith('Importing a workspace · Reading the file · '))).toBe(true);
  expect(seen.some((text) => text.startsWith('Importing a workspace · Rebuilding the queue · '))).toBe(true);
});
