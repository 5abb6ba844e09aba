import { expect } from '@open-wc/testing';
import { isCanonicalHttpUrl, safeUrl } from '../../src/catalog/url.js';

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

  describe('"relative" links that name another host are absolute, and checked as such', () => {
    // Each names evil.example: the parser reads a backslash as a slash in http(s) links, ignores tabs
    // and newlines, and takes a scheme without slashes (`https:host`) as absolute when there is no base.
    const otherHost = ['//evil.example/a', '/\\evil.example/a', '\\\\evil.example/a', '\\/evil.example/a', '/\t/evil.example/a', ' //evil.example/a', '\u0001//evil.example/a'];

    for (const link of otherHost) {
      it(`${JSON.stringify(link)} comes back absolute, so what a page shows is where it goes`, () => {
        expect(safeUrl(link, base)).to.equal('https://evil.example/a');
        expect(safeUrl(link)).to.equal('https://evil.example/a');
        // As the browser reads it on a partner page: the same host.
        // eslint-disable-next-line no-control-regex
        expect(new URL(link.replace(/^[\u0000-\u0020]+/, ''), 'https://partner.example/page').host).to.equal('evil.example');
      });
    }

    it('takes a scheme without slashes as absolute without a base (a page with another scheme would)', () => {
      expect(safeUrl('https:evil.example/a')).to.equal('https://evil.example/a');
      expect(safeUrl('http:evil.example/a')).to.equal('http://evil.example/a');
      expect(safeUrl('javascript:alert(1)')).to.equal(null);
      // With the catalog's https address as base, the parser reads it as a path there, as a browser would.
      expect(safeUrl('https:courses/1', base)).to.equal('https://catalog.example.org/data/courses/1');
    });

    it('keeps a relative path without a base as the parser reads it, controls encoded', () => {
      expect(safeUrl('courses/1?x=1#top')).to.equal('courses/1?x=1#top');
      expect(safeUrl('../up')).to.equal('../up');
      expect(safeUrl('courses/a\rb\nc\td')).to.equal('courses/abcd');
      expect(safeUrl('courses/a\u0085b\u2028c\u0001d')).to.equal('courses/a%C2%85b%E2%80%A8c%01d');
      expect(safeUrl('\u0001\t')).to.equal(null);
    });
  });

  describe('mailto: links keep only their addresses', () => {
    it('drops every header: bcc, cc, to, subject, body, and the fragment', () => {
      for (const link of [
        'mailto:cme@hms.harvard.edu?bcc=evil@evil.example',
        'mailto:cme@hms.harvard.edu?cc=evil@evil.example&subject=Hi',
        'mailto:cme@hms.harvard.edu?body=Send%20your%20password',
        'mailto:cme@hms.harvard.edu?subject=Course',
        'MAILTO:cme@hms.harvard.edu#x',
      ]) {
        expect(safeUrl(link, base), link).to.equal('mailto:cme@hms.harvard.edu');
        expect(safeUrl(link), link).to.equal('mailto:cme@hms.harvard.edu');
      }
      expect(safeUrl('mailto:a@b.example,c@d.example?bcc=e@f.example')).to.equal('mailto:a@b.example,c@d.example');
    });

    it('drops a mailto: link without a plain address', () => {
      for (const link of ['mailto:', 'mailto:?to=evil@evil.example', 'mailto:a@b.example%0D%0ABcc:evil@evil.example', 'mailto:Jane%20Doe%20<a@b.example>', 'mailto:not-an-address', 'mailto:%E0%A4%A']) {
        expect(safeUrl(link, base), link).to.equal(null);
      }
    });
  });

  it('drops empty and unparsable values', () => {
    expect(safeUrl('   ', base)).to.equal(null);
    expect(safeUrl('http://[bad', base)).to.equal(null);
  });

  describe('links kept as written without parsing (the fast path)', () => {
    const links = [
      'https://cme.hms.harvard.edu/courses/advances-in-heart-failure-c-0001',
      'http://example.org/',
      'https://hms.harvard.edu/a?b=1&c=d#top',
      "https://a.example/it's/(x)*+,;=:@~!$",
      'https://HMS.harvard.edu/a',
      'HTTPS://hms.harvard.edu/a',
      'https://example.org',
      'https://example.org:443/a',
      'https://example.org/a/../b',
      'https://example.org/a/./b',
      'https://example.org/a/..',
      'https://example.org/%2e%2e/b',
      'https://0x7f.1/',
      'https://127.0.0.1/',
      'https://xn--nxasmq6b.example/',
      'https://xn--bad.example/',
      "https://example.org/a?q='x'",
      'https://example.org/a b',
      'https://example.org/a\\b',
      'https://exämple.org/',
      'https://example.org/ä',
      'https://example.org/a#b c',
    ];

    it('gives exactly what the URL parser gives, for every link it keeps as written', () => {
      for (const link of links) {
        if (!isCanonicalHttpUrl(link)) continue;
        expect(safeUrl(link, base), link).to.equal(new URL(link, base).href);
      }
    });

    it('takes ordinary catalog links, and leaves anything the parser would rewrite to the parser', () => {
      expect(links.filter(isCanonicalHttpUrl)).to.deep.equal([
        'https://cme.hms.harvard.edu/courses/advances-in-heart-failure-c-0001',
        'http://example.org/',
        'https://hms.harvard.edu/a?b=1&c=d#top',
        "https://a.example/it's/(x)*+,;=:@~!$",
      ]);
      expect(safeUrl('https://HMS.harvard.edu/a/../b', base)).to.equal('https://hms.harvard.edu/b');
      expect(safeUrl('https://0x7f.1/', base)).to.equal('https://127.0.0.1/');
    });
  });
});
