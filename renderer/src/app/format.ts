import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

// Screen wording (the minutes' own wording lives in shared/).

export const longDate = (isoDate: string) => format(parseISO(isoDate), 'EEEE d MMMM yyyy');
export const shortDate = (isoDate: string) => format(parseISO(isoDate), 'd MMM yyyy');
export const todayIso = () => format(new Date(), 'yyyy-MM-dd');
export const nowClock = () => format(new Date(), 'HH:mm');
