// The app icon inlined into the main bundle as a data URL (Vite's `?inline`): the package holds only
// out/** (electron-builder.yml), and resources/ is not in it, so the tray cannot read the file at run time.
import iconDataUrl from '../../resources/icons/icon.png?inline';

/** The app icon (512 px PNG) as a `data:image/png;base64,...` URL; tray.ts scales it to the tray's size. */
export const APP_ICON_DATA_URL: string = iconDataUrl;
