/**
 * The app's id: the Windows AppUserModelID set at start-up (notifications are attributed to it)
 * and electron-builder.yml's `appId` (test/main/packaging.test.ts keeps the two equal).
 */
export const APP_ID = 'app.shiftdesk.desktop';
