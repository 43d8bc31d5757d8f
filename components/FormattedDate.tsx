import { formatRussianDate } from '@/lib/content/dates';

export function FormattedDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatRussianDate(iso)}</time>;
}
