import { expect, test } from './fixtures';

/**
 * A lead edits a template in the workflow settings; after a reload the edit is still there, marked
 * edited, and its preview fills the sample case. The workspace's first agent (the page's) is a lead.
 */
test('a lead edits a template and sees the edit kept after a reload', async ({ page, app }) => {
  test.setTimeout(90_000);
  const file = app.writeJson('workflow.json', {
    format: 'shiftdesk-workspace',
    version: 1,
    agents: [
      { id: 'ag-lee', name: 'Lee Park', email: 'lee@shiftdesk.example', role: 'lead', timeZone: 'America/Chicago' },
      { id: 'ag-sam', name: 'Sam Ortiz', email: 'sam@shiftdesk.example', role: 'agent', timeZone: 'America/Chicago' },
    ],
  });
  const imported = await app.cli(['import', file]);
  expect(imported.code, imported.stderr).toBe(0);

  const openTemplates = async () => {
    await page.getByTestId('agent-menu').click();
    await page.getByTestId('open-workflow-settings').click();
    const dialog = page.getByRole('dialog', { name: 'Workflow settings' });
    await dialog.getByTestId('workflow-tab-templates').click();
    await dialog.getByLabel('Template').click();
    await page.getByRole('option', { name: /^Resolution email/ }).click();
    return dialog;
  };

  await page.goto(app.url);
  let dialog = await openTemplates();
  await expect(dialog.getByTestId('workflow-who-edits')).toContainText('you are one');
  const subject = dialog.getByTestId('template-subject');
  await subject.fill('All done: {{case.subject}} [{{case.key}}]');
  await expect(dialog.getByTestId('template-preview')).toContainText('All done: Export to Excel fails [C-1042]');

  // A placeholder the app does not know is named, and the edit cannot be saved.
  await subject.fill('All done: {{case.owner}}');
  await expect(dialog.getByText(/unknown placeholder \{\{case\.owner\}\}/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Save template' })).toBeDisabled();

  await subject.fill('All done: {{case.subject}} [{{case.key}}]');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByTestId('workflow-saved')).toContainText('saved');

  await page.reload();
  dialog = await openTemplates();
  await expect(dialog.getByTestId('template-subject')).toHaveValue('All done: {{case.subject}} [{{case.key}}]');
  await expect(dialog.getByLabel('Template')).toContainText('Resolution email (edited)');
  await expect(dialog.getByTestId('template-preview')).toContainText('All done: Export to Excel fails [C-1042]');

  // Reset brings the default back.
  await dialog.getByRole('button', { name: 'Reset to default' }).click();
  await expect(dialog.getByTestId('template-subject')).toHaveValue('Resolved: {{case.subject}} [{{case.key}}]');
});
