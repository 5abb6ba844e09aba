import { expect } from '@open-wc/testing';
import { isIsoDate, isoDateTimeMs } from '../../src/catalog/dates.js';

describe('isoDateTimeMs: catalog date-times read from their digits', () => {
  const valid = [
    '2027-03-02T09:00:00-05:00',
    '2027-03-02T09:00-05:00',
    '2027-03-02T14:30:00+06:00',
    '2027-03-02T09:00:00Z',
    '2027-03-02T09:00:00.5Z',
    '2027-03-02T09:00:00.123456789+05:45',
    '2028-02-29T23:59:59-12:00',
    '2000-02-29T00:00:00Z',
    '2027-12-31T24:00:00Z',
    '0100-03-01T00:00:00Z',
    '9999-12-31T23:59:59+14:00',
  ];
  for (const value of valid) {
    it(`gives the instant Date.parse gives for ${value}`, () => {
      expect(isoDateTimeMs(value)).to.equal(Date.parse(value));
    });
  }

  const invalid = [
    '2027-02-30T09:00:00-05:00',
    '2027-02-29T09:00:00-05:00',
    '1900-02-29T09:00:00-05:00',
    '2027-04-31T09:00:00-04:00',
    '2027-13-01T09:00:00Z',
    '2027-00-10T09:00:00Z',
    '2027-03-00T09:00:00Z',
    '2027-03-02T23:60:00Z',
    '2027-03-02T23:59:60Z',
    '2027-03-02T25:00:00Z',
    '2027-03-02T24:00:01Z',
    '2027-03-02T24:30:00Z',
    '2027-03-02T09:00:00+24:00',
    '2027-03-02T09:00:00+05:60',
    '2027-03-02T09:00:00',
    '2027-03-02 09:00:00Z',
    '2027-03-02',
    '0099-12-31T09:00:00Z',
    '',
    // Date.parse takes these; a catalog date-time is stricter.
    '2027-03-02t09:00:00z',
    '2027-03-02T09:00:00.1234567891Z',
    '2027-03-02T09:00:00.Z',
    '2027-03-02T09:00:00+0500',
    '2027-03-02T09:00:00Z ',
    '+002027-03-02T09:00:00Z',
    '2027-03-02T09:00:0Z',
    '2027-03-02T0\u0669:00:00Z',
  ];
  it('reads the first three digits of a fraction of any length as milliseconds, whatever the engine does', () => {
    expect(isoDateTimeMs('2027-03-02T09:00:00.12+05:30')).to.equal(Date.UTC(2027, 2, 2, 3, 30, 0, 120));
    expect(isoDateTimeMs('2027-03-02T09:00:00.1239Z')).to.equal(Date.UTC(2027, 2, 2, 9, 0, 0, 123));
    expect(isoDateTimeMs('2027-03-02T09:00:00.000000001-00:30')).to.equal(Date.UTC(2027, 2, 2, 9, 30, 0, 0));
    expect(isoDateTimeMs('2027-12-31T24:00:00.000Z')).to.equal(Date.UTC(2028, 0, 1));
    expect(isoDateTimeMs('2027-12-31T24:00:00.001Z')).to.be.NaN;
  });

  for (const value of invalid) {
    it(`rejects ${JSON.stringify(value)}`, () => {
      expect(isoDateTimeMs(value)).to.be.NaN;
    });
  }
});

describe('isIsoDate: calendar dates that exist', () => {
  it('accepts real days and rejects the rest', () => {
    expect(['2027-03-02', '2028-02-29', '2000-02-29'].map(isIsoDate)).to.deep.equal([true, true, true]);
    expect(['2027-02-29', '1900-02-29', '2027-06-31', '2027-13-01', '0099-01-01', '2027-3-2', '2027-03-02T00:00Z'].map(isIsoDate)).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
