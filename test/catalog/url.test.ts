import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/catalog/url.js';

describe('safeUrl: links from catalog data keep only http(s), mailto and relative URLs', () => {
  const base = 'https://catalog.example.org/data/catalog.json';

  it('keeps http, https and mailto links', () => {
    expect(safeUrl('https://hms.harvard.edu/a?b=1#c', base)).to.equal('https://hms.harvard.edu/a?b=1#c');
    expect(safeUrl('http://example.org/', base)).to.equal('http://example.org/');
    expect(safeUrl('mailto:cme@example.org', base)).to.equal('mailto:cme@example.org');
  });

  it('resolves relative links against the catalog URL', () => {
    expect(safeUrl('courses/1', base)).to.equal('https://catalog.example.org/data/courses/1');
    expect(safeUrl('/courses/1', base)).to.equal('https://catalog.example.org/courses/1');
  });

  it('keeps a relative link as written when there is no base', () => {
    expect(safeUrl('courses/1')).to.equal('courses/1');
  });

  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,PHN2Zz4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/uuid',
  ];
  for (const value of hostile) {
    it(`drops ${JSON.stringify(value)}`, () => {
      expect(safeUrl(value, base)).to.equal(null);
      expect(safeUrl(value)).to.equal(null);
    });
  }

  it('treats an HTML entity as text, never decoding it into a scheme', () => {
    const result = safeUrl('javascript&colon;alert(1)', base);
    expect(result).to.equal('https://catalog.example.org/data/javascript&colon;alert(1)');
  });

  it('drops empty and unparsable values', () => {
    expect(safeUrl('   ', base)).to.equal(null);
    expect(safeUrl('http://[bad', base)).to.equal(null);
  });
});
