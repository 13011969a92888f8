import type { Page } from '@playwright/test';
import { expect, sampleShiftAsLead, test } from './fixtures';

/**
 * Help desk sync in browser mode (issue 13): the lead connects the sample shift to an RT that does not
 * answer (nothing listens on 127.0.0.1:18088; fetch refuses port 9 as a bad port). Test connection says so in an error alert; after Connect the app
 * bar's indicator says offline. Screenshots at 1440 and 380 px to SHOTS_DIR (the indicator, the sync
 * popover, the connection dialog).
 */
const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

for (const width of [1440, 380]) {
  test(`at ${width} px: the lead tests and connects an unreachable help desk; the indicator says offline`, async ({ page, app }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await sampleShiftAsLead(page, app.url);

    // Not connected: no indicator; the lead connects from the agent menu.
    await expect(page.getByTestId('sync-indicator')).toHaveCount(0);
    await page.getByTestId('agent-menu').click();
    await page.getByRole('menuitem', { name: 'Connect to help desk…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Help desk connection' });
    await dialog.getByLabel('Help desk URL').fill('http://127.0.0.1:18088');
    await dialog.getByLabel('Queues to follow').fill('General');
    await dialog.getByLabel('Token').fill('1-14-0123456789abcdef');
    await expect(dialog.getByText('Kept on this computer, never in the workspace file.')).toBeVisible();

    // Nothing listens there: the test says so, in red, and changes nothing.
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    // The core's words (the connector maps a refused connection to 'unreachable'), in an error alert.
    const result = dialog.getByRole('alert');
    await expect(result).toBeVisible();
    await expect(result).toHaveClass(/MuiAlert-colorError/);
    await expect(result).toContainText(/RT cannot be reached at http:\/\/127.0.0.1:18088/);
    await shot(page, `connection-dialog-${width}`);

    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(dialog).toBeHidden();
    const indicator = page.getByTestId('sync-indicator');
    await expect(indicator).toHaveAccessibleName(/^Help desk sync: Offline/);
    if (width >= 720) await expect(indicator).toContainText('Offline');
    // Narrow: the indicator and the agent menu both stay inside the window.
    const box = await page.getByTestId('agent-menu').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
    await shot(page, `indicator-${width}`);

    await indicator.click();
    const popover = page.getByRole('dialog', { name: 'Help desk sync' });
    await expect(popover).toContainText('http://127.0.0.1:18088');
    await expect(popover).toContainText('General');
    await expect(popover.getByRole('button', { name: 'Connection…' })).toBeVisible();
    await shot(page, `sync-popover-${width}`);
  });
}
