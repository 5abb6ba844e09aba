import { expect } from '@open-wc/testing';
import { formatSession } from '../../src/i18n/format.js';

describe('formatSession: session dates in the course time zone, kept per session and locale', () => {
  const session = { start: '2027-03-02T09:00:00-05:00', end: '2027-03-02T17:00:00-05:00', timeZone: 'America/New_York', online: false };

  it('gives the same text again for the same session, and each locale its own', () => {
    const english = formatSession(session, 'en');
    expect(english).to.match(/Mar 2, 2027/).and.match(/9:00/);
    expect(formatSession(session, 'fr')).to.match(/2 mars 2027/);
    expect(formatSession(session, 'en')).to.equal(english);
  });

  it('formats another session object with the same fields the same way', () => {
    expect(formatSession({ ...session }, 'en')).to.equal(formatSession(session, 'en'));
    expect(formatSession({ ...session, end: undefined }, 'en')).to.not.equal(formatSession(session, 'en'));
  });
});
