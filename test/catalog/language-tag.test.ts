import { expect } from '@open-wc/testing';
import { canonicalLanguage } from '../../src/catalog/language-tag.js';
import { resolveLocale } from '../../src/i18n/locale.js';

describe('language tags', () => {
  it('a tag in any case comes back in its canonical form', () => {
    expect(canonicalLanguage('pt-br')).to.equal('pt-BR');
    expect(canonicalLanguage('ZH-hans')).to.equal('zh-Hans');
    expect(canonicalLanguage('es')).to.equal('es');
  });

  it('text that is not a tag gives undefined, the second time too', () => {
    expect(canonicalLanguage('not a tag')).to.equal(undefined);
    expect(canonicalLanguage('not a tag')).to.equal(undefined);
    expect(canonicalLanguage('')).to.equal(undefined);
  });

  it('the widgets and the catalog read tags the same way', () => {
    expect(resolveLocale('pt-br')).to.equal(canonicalLanguage('pt-br'));
    expect(resolveLocale('not a tag')).to.equal(resolveLocale(undefined));
  });
});
