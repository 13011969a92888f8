import { DAY, HOUR, MINUTE } from './instant';

/** How long something has waited, for people: "<1 min", "12 min", "3 h 5 min", "3 h", "2 d". */
export function formatWait(ms: number): string {
  if (ms < MINUTE) return '<1 min';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < DAY) {
    const hours = Math.floor(ms / HOUR);
    const minutes = Math.floor((ms % HOUR) / MINUTE);
    return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
  }
  return `${Math.floor(ms / DAY)} d`;
}
