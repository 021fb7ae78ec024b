import type { Repeat } from './schema';

/**
 * One iCalendar file (RFC 5545) per channel: one recurring event per time of
 * day, in the campaign's time zone, importable into a phone's calendar.
 * Written here rather than with ical-generator, whose output (10.2) stamps
 * DTSTAMP in local time where the RFC requires UTC; the tests parse every
 * file with ical.js.
 */
export interface CalendarInput {
  /** Channel id, for event UIDs: "sms". */
  id: string;
  repeat: Repeat;
  /** YYYY-MM-DD. */
  start: string;
  timezone: string;
  calendarName: string;
  /** What each event says, e.g. the messages to send or read. */
  description: string;
  url: string;
  /** Host for UIDs, so events from two campaigns never collide. */
  host: string;
}

/** Text values escape backslash, semicolon, comma and new lines (RFC 5545 §3.3.11). */
function text(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 sequence (§3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (date: string) => date.replaceAll('-', '');

/** The zone's UTC offset on a day, "+0700": Vietnam keeps one offset all year, so one STANDARD block is exact. */
export function utcOffset(timezone: string, date: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: timezone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? `${m[1]}${m[2]}${m[3]}` : '+0000';
}

export function channelCalendar(c: CalendarInput): string {
  const offset = utcOffset(c.timezone, c.start);
  const r = c.repeat;
  const rule = r.frequency === 'weekly' ? `FREQ=WEEKLY;BYDAY=${r.days.join(',')}` : 'FREQ=DAILY';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Loa//${text(c.host)}//VI`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${text(c.calendarName)}`,
    `X-WR-TIMEZONE:${c.timezone}`,
    'BEGIN:VTIMEZONE',
    `TZID:${c.timezone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  for (const time of r.times) {
    const hhmm = time.replace(':', '');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${c.id}-${hhmm}@${c.host}`,
      // The campaign's start, so two builds write the same file.
      `DTSTAMP:${compact(c.start)}T000000Z`,
      `DTSTART;TZID=${c.timezone}:${compact(c.start)}T${hhmm}00`,
      `DURATION:PT${r.minutes}M`,
      `RRULE:${rule}`,
      `SUMMARY:${text(`${r.label} ${time}`)}`,
      `DESCRIPTION:${text(c.description)}`,
      `URL:${c.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
