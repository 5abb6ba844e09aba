import { expect } from '@open-wc/testing';
import { pagerItems } from '../../src/components/course-list/course-list.pager.js';

describe('course list pager', () => {
  it('offers the first and last pages, the current one and its neighbours, with a gap where pages are skipped', () => {
    expect(pagerItems(1, 1)).to.deep.equal([1]);
    expect(pagerItems(1, 3)).to.deep.equal([1, 2, 3]);
    expect(pagerItems(1, 10)).to.deep.equal([1, 2, 'gap', 10]);
    expect(pagerItems(5, 10)).to.deep.equal([1, 'gap', 4, 5, 6, 'gap', 10]);
    expect(pagerItems(3, 10)).to.deep.equal([1, 2, 3, 4, 'gap', 10]);
    expect(pagerItems(10, 10)).to.deep.equal([1, 'gap', 9, 10]);
  });
});
