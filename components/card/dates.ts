import { formatIsoDate } from '@/lib/dates';

export { formatIsoDate };

/** "on 1 July 2022", or "in July 2022" / "in 2022" when the day is not known. */
export function whenIsoDate(iso: string): string {
  return `${iso.length === 10 ? 'on' : 'in'} ${formatIsoDate(iso)}`;
}
