import { formatInstant, formatInstantFull } from './format';

/** An instant shown in the agent's time zone ("Tue 10:30"), the full date on hover. */
export function Instant({ iso, timeZone, now }: { iso: string; timeZone: string | undefined; now: number }) {
  return (
    <time dateTime={iso} title={formatInstantFull(iso, timeZone)}>
      {formatInstant(iso, timeZone, now)}
    </time>
  );
}
