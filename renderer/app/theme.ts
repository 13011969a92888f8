import { createTheme } from '@mui/material/styles';

/** No web fonts (CSP `font-src 'self'`): the operating system's UI font. */
const systemFontStack = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans"',
  'sans-serif',
].join(',');

/** Light and compact: the window sits beside the help desk all shift; calm colours, dense rows. */
export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#2f5d8a' },
    background: { default: '#f4f6f8', paper: '#ffffff' },
    text: { primary: '#1f2933', secondary: '#52606d' },
  },
  shape: { borderRadius: 6 },
  typography: {
    fontFamily: systemFontStack,
    fontSize: 13,
    h6: { fontSize: '1.05rem', fontWeight: 600 },
    subtitle2: { fontWeight: 600 },
  },
  spacing: 6,
  components: {
    MuiAppBar: { defaultProps: { elevation: 0, color: 'primary' } },
    MuiToolbar: { defaultProps: { variant: 'dense' } },
    MuiButton: { defaultProps: { size: 'small', disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
    MuiIconButton: { defaultProps: { size: 'small' } },
    MuiChip: { defaultProps: { size: 'small' } },
    MuiList: { defaultProps: { dense: true } },
    MuiMenuItem: { defaultProps: { dense: true } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none', minHeight: 40, minWidth: 0, paddingLeft: 12, paddingRight: 12 } } },
    MuiTabs: { styleOverrides: { root: { minHeight: 40 } } },
    MuiTooltip: { defaultProps: { arrow: true, enterDelay: 400 } },
    MuiAlert: { defaultProps: { variant: 'outlined' } },
  },
});
