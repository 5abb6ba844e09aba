import { expect } from '@open-wc/testing';
import { headingLevel } from '../../src/internal/heading.js';

describe('heading-level', () => {
  it('keeps a level from 2 to 6, rounding a fraction', () => {
    expect([2, 3, 4, 5, 6].map(headingLevel)).to.deep.equal([2, 3, 4, 5, 6]);
    expect(headingLevel(4.4)).to.equal(4);
    expect(headingLevel(4.6)).to.equal(5);
  });

  it('never gives h1 or a level past h6', () => {
    expect(headingLevel(1)).to.equal(2);
    expect(headingLevel(-4)).to.equal(2);
    expect(headingLevel(7)).to.equal(6);
    expect(headingLevel(Number.POSITIVE_INFINITY)).to.equal(6);
  });

  it('uses 3 for an attribute that is not a number, or 0', () => {
    expect(headingLevel(Number('h2'))).to.equal(3);
    expect(headingLevel(0)).to.equal(3);
  });
});
