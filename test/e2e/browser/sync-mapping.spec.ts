import type { Locator, Page } from '@playwright/test';
import { expect, sampleShiftAsLead, test } from './fixtures';

/**
 * The help desk's field mapping in browser mode (docs/sync.md "The field mapping"): the lead connects
 * the sample shift to an RT that does not answer (nothing listens on 127.0.0.1:18088), opens Help desk
 * connection → Field mapping…, changes a priority, a status and a person, saves, and finds them kept
 * when opening it again; a priority out of order is refused in the core's words. Screenshots at 1440
 * and 380 px to SHOTS_DIR; at 380 px nothing scrolls sideways.
 */
const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  // Once the dialog has faded in (a screenshot mid-transition shows the page through it).
  await expect(page.locator('.MuiDialog-container').last()).toHaveCSS('opacity', '1');
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

/** The sample shift, with Jordan Pike (the lead) choosing his profile, connected to an RT that does not answer. */
async function connectedLead(page: Page, url: string): Promise<void> {
  await sampleShiftAsLead(page, url);
  await page.getByTestId('agent-menu').click();
  await page.getByRole('menuitem', { name: 'Connect to help desk…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help desk connection' });
  await dialog.getByLabel('Help desk URL').fill('http://127.0.0.1:18088');
  await dialog.getByLabel('Queues to follow').fill('General');
  await dialog.getByLabel('Token').fill('1-14-0123456789abcdef');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('sync-indicator')).toBeVisible();
}

/** Agent menu → Help desk connection… → Field mapping… (`shotName`: a screenshot of the connection dialog first). */
async function openMapping(page: Page, shotName?: string): Promise<Locator> {
  await page.getByTestId('agent-menu').click();
  await page.getByRole('menuitem', { name: 'Help desk connection…' }).click();
  const connection = page.getByRole('dialog', { name: 'Help desk connection' });
  await expect(connection.getByRole('button', { name: 'Field mapping…' })).toBeVisible();
  if (shotName) await shot(page, shotName);
  await connection.getByRole('button', { name: 'Field mapping…' }).click();
  await expect(connection).toBeHidden();
  const dialog = page.getByRole('dialog', { name: 'Field mapping' });
  await expect(dialog.getByLabel('P1', { exact: true })).toBeVisible();
  return dialog;
}

/** Nothing wider than the window: neither the page nor the dialog's scrolling part scrolls sideways. */
async function noSideways(page: Page, dialog: Locator, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const content = dialog.getByTestId('sync-mapping');
  const { scroll, client } = await content.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

for (const width of [1440, 380]) {
  test(`at ${width} px: the lead edits the field mapping, saves, and finds it kept`, async ({ page, app }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await connectedLead(page, app.url);

    let dialog = await openMapping(page, `mapping-from-connection-${width}`);
    await expect(dialog.getByLabel('P3', { exact: true })).toHaveValue('50');
    await noSideways(page, dialog, width);
    await shot(page, `mapping-top-${width}`);

    await dialog.getByLabel('RT status for Pending Product').fill('waiting-on-product');
    await dialog.getByLabel('P3', { exact: true }).fill('55');
    await dialog.getByLabel('Case type').fill('');
    await dialog.getByRole('button', { name: 'Add person' }).click();
    const people = dialog.getByTestId('sync-mapping-people');
    await people.getByLabel('RT user name').fill('jpike');
    await people.getByRole('combobox', { name: 'Agent' }).click();
    await page.getByRole('option', { name: 'Jordan Pike' }).click();
    await people.scrollIntoViewIfNeeded();
    await noSideways(page, dialog, width);
    await shot(page, `mapping-edited-${width}`);

    // Out of order: refused, in the core's words, naming the field; the dialog stays.
    await dialog.getByLabel('P4', { exact: true }).fill('60');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const error = dialog.getByTestId('sync-mapping-error');
    await expect(error).toContainText("mapping.priorityToRt.P4: 60 must be lower than P3's 55");
    await expect(dialog.getByLabel('P4', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await shot(page, `mapping-refused-${width}`);

    await dialog.getByLabel('P4', { exact: true }).fill('30');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();

    // Opened again: as saved.
    dialog = await openMapping(page);
    await expect(dialog.getByLabel('P3', { exact: true })).toHaveValue('55');
    await expect(dialog.getByLabel('RT status for Pending Product')).toHaveValue('waiting-on-product');
    await expect(dialog.getByLabel('Case type')).toHaveValue('');
    await expect(dialog.getByTestId('sync-mapping-people').getByLabel('RT user name')).toHaveValue('jpike');
    await expect(dialog.getByTestId('sync-mapping-people').getByRole('combobox', { name: 'Agent' })).toHaveText('Jordan Pike');

    // Reset to defaults fills them in; Cancel keeps what is stored.
    await dialog.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(dialog.getByLabel('P3', { exact: true })).toHaveValue('50');
    await expect(dialog.getByTestId('sync-mapping-reset')).toBeVisible();
    await shot(page, `mapping-reset-${width}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    dialog = await openMapping(page);
    await expect(dialog.getByLabel('P3', { exact: true })).toHaveValue('55');
  });
}
