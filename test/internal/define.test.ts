import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/version.js';

describe('safe registration', () => {
  it('defining a tag twice with another class keeps the first and warns once, naming the versions', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    class Third extends LitElement {}
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(String(message));
    try {
      defineElement('hms-test-twice', First);
      expect(() => defineElement('hms-test-twice', Second)).not.to.throw();
      expect(() => defineElement('hms-test-twice', Third)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('hms-test-twice')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`hms-widgets ${VERSION}`);
    expect(warnings[0]).to.include('<hms-test-twice>');
  });

  it('defining the same class again is silent', () => {
    class Same extends LitElement {}
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(String(message));
    try {
      defineElement('hms-test-same', Same);
      defineElement('hms-test-same', Same);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('the library version matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
