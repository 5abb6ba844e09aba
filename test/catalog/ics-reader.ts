// A strict RFC 5545 reader for the tests (test/catalog/ics.test.ts, the widgets' .ics downloads).
export interface Property {
  name: string;
  params: string;
  value: string;
}

export interface Calendar {
  /** The logical (unfolded) content lines. */
  lines: string[];
  /** Properties of the VCALENDAR itself. */
  calendar: Property[];
  /** Properties of each VEVENT, in order. */
  events: Property[][];
}

export const octets = (text: string) => new TextEncoder().encode(text).length;
/** RFC 5545 CONTROL: every C0 control but tab, and DEL; none may appear in a content line. */
// eslint-disable-next-line no-control-regex
const RFC_CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/;
/** contentline = name *(";" param) ":" value; name = iana-token / x-name; param values are paramtext or quoted. */
const CONTENT_LINE = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/s;
/** An escaped TEXT value: `\` only before `\`, `;`, `,`, `n` or `N`; no bare `;` or `,`. */
const ESCAPED_TEXT = /^(?:[^\\;,]|\\[\\;,nN])*$/s;
const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'UID']);
const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/**
 * A strict RFC 5545 reader, written here because the tolerant readers in the registry (ical.js
 * splits lines at LF and keeps a bare CR inside a value) would accept what this must reject:
 * lines end in CRLF and nothing else, no physical line is over 75 octets, every content line
 * follows the grammar with no control character, TEXT values are escaped, BEGIN and END nest
 * (VCALENDAR holding only VEVENTs). Throws on the first violation.
 */
export function strictRead(text: string): Calendar {
  if (!text.endsWith('\r\n')) throw new Error('the file does not end with CRLF');
  const lines: string[] = [];
  for (const physical of text.slice(0, -2).split('\r\n')) {
    if (/[\r\n]/.test(physical)) throw new Error(`a bare CR or LF in ${JSON.stringify(physical)}`);
    if (octets(physical) > 75) throw new Error(`a line of ${octets(physical)} octets: ${JSON.stringify(physical)}`);
    if (physical.startsWith(' ') || physical.startsWith('\t')) {
      if (lines.length === 0) throw new Error('the file starts with a continuation line');
      lines[lines.length - 1] += physical.slice(1);
    } else lines.push(physical);
  }
  const stack: string[] = [];
  const calendar: Property[] = [];
  const events: Property[][] = [];
  for (const line of lines) {
    const match = CONTENT_LINE.exec(line);
    if (!match) throw new Error(`not a content line: ${JSON.stringify(line)}`);
    const [, rawName, params, value] = match;
    if (RFC_CONTROL.test(line)) throw new Error(`a control character in ${JSON.stringify(line)}`);
    const name = rawName.toUpperCase();
    if (name === 'BEGIN') {
      const expected = stack.length === 0 ? 'VCALENDAR' : stack.length === 1 ? 'VEVENT' : undefined;
      if (value !== expected) throw new Error(`BEGIN:${value} inside ${stack.join('/') || 'nothing'}`);
      stack.push(value);
      if (value === 'VEVENT') events.push([]);
    } else if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`END:${value} does not close what is open`);
      if (stack.length === 0 && line !== lines[lines.length - 1]) throw new Error('content after END:VCALENDAR');
    } else {
      if (stack.length === 0) throw new Error(`${name} outside VCALENDAR`);
      if (TEXT_PROPERTIES.has(name) && !ESCAPED_TEXT.test(value)) throw new Error(`${name} is not escaped TEXT: ${JSON.stringify(value)}`);
      const property = { name, params: params.slice(1), value: TEXT_PROPERTIES.has(name) ? unescapeText(value) : value };
      (stack.length === 2 ? events[events.length - 1] : calendar).push(property);
    }
  }
  if (stack.length !== 0) throw new Error(`${stack.join('/')} is never closed`);
  return { lines, calendar, events };
}
