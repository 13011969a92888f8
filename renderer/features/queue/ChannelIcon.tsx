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
