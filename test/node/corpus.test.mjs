// The hostile corpus (test/fixtures/hostile/corpus.mjs) through the validator the widgets run:
// each document ends as its manifest says (loaded with its control items, or one typed error),
// nothing else is thrown, and what comes out is clean text and safe links.
// The browser suite (test/hostile/corpus.test.ts) renders every document in every widget.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { tsImport } from 'tsx/esm/api';
import { CONTROL, corpus } from '../fixtures/hostile/corpus.mjs';

const { parseCatalogText, validateCatalog } = await tsImport('../../src/catalog/validate.ts', import.meta.url);
const BASE = 'https://catalog.example.org/hms/catalog.json';
const dir = new URL('../fixtures/hostile/', import.meta.url);

/** What the widgets make of a body: { kind: 'load', catalog, issues } or { kind: 'error:<kind>' }. */
function read(body) {
  try {
    const { catalog, issues } = validateCatalog(parseCatalogText(body, BASE, 'application/json'), { baseUrl: BASE });
    return { kind: 'load', catalog, issues };
  } catch (error) {
    // Only the typed errors the widgets turn into messages may come out (CatalogSchemaError, CatalogParseError).
    assert.ok(/^Catalog\w*Error$/.test(error?.name) && typeof error.kind === 'string', `only a CatalogError may come out, got ${error}`);
    return { kind: `error:${error.kind}`, message: error.message };
  }
}

/** Every string in a value, with its path. */
function* strings(value, path = '$') {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, entry] of value.entries()) yield* strings(entry, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [key, entry] of Object.entries(value)) yield* strings(entry, `${path}.${key}`);
}

describe('hostile corpus: the documents', () => {
  test('holds at least 60 documents, each named once and saying what it covers', () => {
    assert.ok(corpus.length >= 60, `${corpus.length} documents`);
    assert.equal(new Set(corpus.map((doc) => doc.name)).size, corpus.length);
    for (const doc of corpus) {
      assert.match(doc.name, /^[a-z0-9-]+$/);
      assert.ok(doc.covers.length > 10, doc.name);
      assert.match(doc.expect, /^(load|error:(schema|parse))$/, doc.name);
    }
  });

  test('the files on disk are what corpus.mjs writes (node test/fixtures/hostile/write.mjs)', () => {
    const small = corpus.filter((doc) => !doc.large);
    const files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
    assert.deepEqual(files, small.map((doc) => `${doc.name}.json`).sort());
    for (const doc of small) assert.equal(readFileSync(new URL(`${doc.name}.json`, dir), 'utf8'), doc.body(), doc.name);
  });
});

describe('hostile corpus: through the validator', () => {
  for (const doc of corpus) {
    test(`${doc.name}: ${doc.covers}`, () => {
      const result = read(doc.body());
      assert.equal(result.kind, doc.expect, result.message);
      if (result.kind !== 'load') {
        assert.ok(result.message.length > 20, 'the error says what is wrong');
        return;
      }
      const { catalog } = result;
      if (doc.controls) {
        const keeps = (list, { id, title }) => assert.ok(list.find((item) => item.id === id)?.title.startsWith(title), `${id} is kept`);
        keeps(catalog.courses, CONTROL.course);
        keeps(catalog.programs, CONTROL.program);
        keeps(catalog.posts, CONTROL.post);
      }
      for (const [path, value] of strings(catalog)) {
        // eslint-disable-next-line no-control-regex
        assert.doesNotMatch(value, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/, `${path} has a control character`);
        assert.doesNotMatch(value, /[\u202A-\u202E\u2066-\u2069]/, `${path} has a bidi override or isolate`);
        assert.ok(value.isWellFormed(), `${path} has a lone surrogate`);
        assert.ok(value.length <= 5000, `${path} is ${value.length} characters long`);
        assert.doesNotMatch(value, /\p{M}{9}/u, `${path} stacks more than 8 combining marks`);
        // Shortened text ends on a whole character: not inside the 👩🏽‍⚕️ sequence strings-1mb repeats.
        if (value.endsWith('…')) assert.doesNotMatch(value, /(👩|🏽|\u200D|⚕)…$/u, `${path} was cut inside a character`);
        if (/(^|\.)url$/.test(path)) assert.match(new URL(value, BASE).protocol, /^(https?|mailto):$/, `${path} is ${value}`);
      }
      assert.equal({}.polluted, undefined, 'Object.prototype is untouched');
    });
  }
});
