import { expect } from '@open-wc/testing';
import type { CSSResult, CSSResultGroup } from 'lit';
import { courseCardStyles } from '../../src/components/course-card/course-card.styles.js';
import { courseListStyles } from '../../src/components/course-list/course-list.styles.js';
import { missionStyles } from '../../src/components/mission/mission.styles.js';
import { themeStyles } from '../../src/styles/themes.js';
import { TOKEN_NAMES, tokenDefaults, tokens } from '../../src/styles/tokens.js';

const flatten = (group: CSSResultGroup): string =>
  Array.isArray(group) ? group.map(flatten).join('\n') : (group as CSSResult).cssText;

const components: Record<string, string> = {
  'hms-mission': flatten(missionStyles),
  'hms-course-card': flatten(courseCardStyles),
  'hms-course-list': flatten(courseListStyles),
};
const tokenText = flatten(tokens);
const themeText = flatten(themeStyles);
/** Component styles without the token and theme sheets, i.e. what each component itself writes. */
const own = (css: string) => css.replace(tokenText, '').replace(themeText, '');

describe('design tokens', () => {
  it('every public token is defined once in the token sheet and used by some component', () => {
    const all = Object.values(components).map(own).join('\n');
    for (const name of TOKEN_NAMES) {
      // A colour reads its theme tier first: --_color-x: var(--_theme-color-x, var(--hms-color-x, default)).
      const definition = new RegExp(`(--_[\\w-]+):\\s*(?:var\\(--_theme-[\\w-]+,\\s*)?var\\(${name},`);
      expect(definition.test(tokenText), `${name} defined`).to.equal(true);
      const privateName = tokenText.match(definition)![1];
      expect(all.includes(`var(${privateName})`), `${name} (${privateName}) used`).to.equal(true);
    }
  });

  it('the defaults read from the sheet (the light theme\'s stylesheet) cover every public token, each with a value', () => {
    const defaults = tokenDefaults();
    expect([...defaults.keys()]).to.deep.equal([...TOKEN_NAMES]);
    for (const [name, value] of defaults) expect(value, name).to.match(/^\S/);
    expect(defaults.get('--hms-font-family-display')).to.equal('var(--_font-family)');
  });

  it('every private token a component reads is defined', () => {
    for (const [tag, css] of Object.entries(components)) {
      const defined = new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
      for (const [, used] of css.matchAll(/var\((--_[\w-]+)\)/g)) expect(defined.has(used), `${tag} reads ${used}`).to.equal(true);
    }
  });

  it('components write no raw colors: every color comes from a token', () => {
    for (const [tag, css] of Object.entries(components)) {
      const raw = own(css).match(/#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)/gi) ?? [];
      // the only literal allowed is the elevation shadow's default, which lives in the token sheet
      expect(raw, tag).to.deep.equal([]);
    }
  });

  it('no rem units: a host that changes its root font size does not resize the widgets', () => {
    for (const [tag, css] of Object.entries(components)) expect(/\d(\.\d+)?rem\b/.test(css), tag).to.equal(false);
  });
});
