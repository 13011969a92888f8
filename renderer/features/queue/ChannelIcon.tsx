import ChatOutlined from '@mui/icons-material/ChatOutlined';
import EmailOutlined from '@mui/icons-material/EmailOutlined';
import PhoneInTalkOutlined from '@mui/icons-material/PhoneInTalkOutlined';
import VoicemailOutlined from '@mui/icons-material/VoicemailOutlined';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import { CHANNEL_LABELS, type Channel } from '../../../shared/domain/vocab';

const ICONS = { phone: PhoneInTalkOutlined, chat: ChatOutlined, voicemail: VoicemailOutlined, email: EmailOutlined } as const;
const COLORS: Record<Channel, string> = { phone: '#1b7f5b', chat: '#2f5d8a', voicemail: '#8a5a00', email: '#52606d' };

/** A distinct icon per channel, named for screen readers ("Call", "Chat", "Voicemail", "Email"). */
export function ChannelIcon({ channel, ...props }: { channel: Channel } & SvgIconProps) {
  const Icon = ICONS[channel];
  return <Icon titleAccess={CHANNEL_LABELS[channel]} sx={{ color: COLORS[channel] }} fontSize="small" {...props} />;
}

/**
 * The same icons' paths (Material Icons "Outlined", as drawn by `@mui/icons-material`), for
 * `ChannelGlyph`. Kept beside `ICONS` so both stay the same picture.
 */
const PATHS: Record<Channel, string> = {
  phone:
    'M15 12h2c0-2.76-2.24-5-5-5v2c1.66 0 3 1.34 3 3zm4 0h2c0-4.97-4.03-9-9-9v2c3.87 0 7 3.13 7 7zm1 3.5c-1.25 0-2.45-.2-3.57-.57-.1-.03-.21-.05-.31-.05-.26 0-.51.1-.71.29l-2.2 2.2c-2.83-1.44-5.15-3.75-6.59-6.59l2.2-2.21c.28-.26.36-.65.25-1C8.7 6.45 8.5 5.25 8.5 4c0-.55-.45-1-1-1H4c-.55 0-1 .45-1 1 0 9.39 7.61 17 17 17 .55 0 1-.45 1-1v-3.5c0-.55-.45-1-1-1zM5.03 5h1.5c.07.88.22 1.75.45 2.58l-1.2 1.21c-.4-1.21-.66-2.47-.75-3.79zM19 18.97c-1.32-.09-2.6-.35-3.8-.76l1.2-1.2c.85.24 1.72.39 2.6.45v1.51z',
  chat: 'M4 4h16v12H5.17L4 17.17zm0-2c-1.1 0-1.99.9-1.99 2L2 22l4-4h14c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zm2 10h8v2H6zm0-3h12v2H6zm0-3h12v2H6z',
  voicemail:
    'M18.5 6C15.46 6 13 8.46 13 11.5c0 1.33.47 2.55 1.26 3.5H9.74c.79-.95 1.26-2.17 1.26-3.5C11 8.46 8.54 6 5.5 6S0 8.46 0 11.5 2.46 17 5.5 17h13c3.04 0 5.5-2.46 5.5-5.5S21.54 6 18.5 6m-13 9C3.57 15 2 13.43 2 11.5S3.57 8 5.5 8 9 9.57 9 11.5 7.43 15 5.5 15m13 0c-1.93 0-3.5-1.57-3.5-3.5S16.57 8 18.5 8 22 9.57 22 11.5 20.43 15 18.5 15',
  email: 'M22 6c0-1.1-.9-2-2-2H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2zm-2 0-8 5-8-5zm0 12H4V8l8 5 8-5z',
};

/**
 * `ChannelIcon` as a plain inline `<svg>` (no MUI component, no emotion): for lists that mount many
 * at once, such as the queue's rows. Sized by `className`; named by its `<title>` like `titleAccess`.
 * (An inline `<svg>` paints cheaper than the same picture as a CSS background image.)
 */
export function ChannelGlyph({ channel, className }: { channel: Channel; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" fill={COLORS[channel]} focusable="false" role="img">
      <title>{CHANNEL_LABELS[channel]}</title>
      <path d={PATHS[channel]} />
    </svg>
  );
}
