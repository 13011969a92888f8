import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { Clock } from '../../shared/time/clock';
import { ClockProvider, systemClock } from '../lib/clock';
import { Shell } from './Shell';
import { theme } from './theme';

/** The whole renderer. `clock` is injectable for tests (waiting times tick on it). */
export function App({ clock = systemClock }: { clock?: Clock }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ClockProvider clock={clock}>
        <Shell />
      </ClockProvider>
    </ThemeProvider>
  );
}
