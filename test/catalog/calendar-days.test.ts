// dayInZone reads each zone's offset once per UTC day (arithmetic in between): it must give the day
// Intl gives for every instant, on the days clocks change too, in zones with half- and
// three-quarter-hour offsets and a half-hour daylight-saving shift.
import { expect } from '@open-wc/testing';
import { dayInZone } from '../../src/catalog/calendar-days.js';

const references = new Map<string, Intl.DateTimeFormat>();
/** The day of an instant in a zone, read straight from Intl. */
function reference(ms: number, timeZone: string): string {
  if (!references.has(timeZone)) references.set(timeZone, new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }));
  const parts = references.get(timeZone)!.formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const ZONES = ['UTC', 'Europe/Paris', 'Europe/London', 'America/New_York', 'America/Sao_Paulo', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
/** Weeks around the 2027 clock changes of both hemispheres. */
const SPANS: [string, string][] = [
  ['2027-03-10T00:00:00Z', '2027-04-08T00:00:00Z'],
  ['2027-09-25T00:00:00Z', '2027-11-10T00:00:00Z'],
];

describe('dayInZone', () => {
  for (const timeZone of ZONES) {
    it(`gives Intl's day for every instant, every 23 minutes around the clock changes, in ${timeZone}`, () => {
      const wrong: string[] = [];
      for (const [from, to] of SPANS) {
        for (let ms = Date.parse(from); ms < Date.parse(to); ms += 23 * 60_000 + 7_000) {
          const expected = reference(ms, timeZone);
          const day = dayInZone(ms, timeZone);
          if (day !== expected) wrong.push(`${new Date(ms).toISOString()}: ${day} for ${expected}`);
        }
      }
      expect(wrong.slice(0, 5)).to.deep.equal([]);
    });
  }

  it('a zone that is not one reads as UTC', () => {
    expect(dayInZone(Date.parse('2027-03-10T23:30:00Z'), 'Not/AZone')).to.equal('2027-03-10');
  });
});
