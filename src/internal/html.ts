import { html as litHtml, type TemplateResult } from 'lit';

/**
 * Lit's `html`, less the source's indentation. A template's line breaks and indentation between two
 * tags (`</div>⏎      <p>`), or between a tag and a binding, become text nodes in every copy Lit
 * makes: 56 of a course card's 89 text nodes, a quarter of the nodes each card clones and inserts,
 * though none of them draws anything. This tag drops a run of white space that holds a line break
 * when a tag or a binding is on each side of it, once per template (the strings of a call site are
 * the same array on every call, and the result is kept for it); Lit then caches its template as usual.
 *
 * What stays: white space on one line (`</span> <span>`, ` · `), white space beside text
 * (`<p>⏎  Text`), and white space inside a tag (between two bindings it separates them). A line
 * break between two inline pieces would draw a space, so a template must write such a space on the
 * line (`test/internal/html.test.ts` keeps every widget's rendered text the same as with Lit's own
 * tag). Server renders and hydration use this same tag, so they agree.
 *
 * The strings given to Lit are derived from the call site's own literal, never from data: Lit's
 * check that a template's strings come from a tagged literal (`raw`) guards against data posing as
 * a template, which this is not.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult<1> {
  if (!trimming) return litHtml(strings, ...values);
  let trimmed = trimmedStrings.get(strings);
  if (!trimmed) trimmedStrings.set(strings, (trimmed = trimIndentation(strings)));
  return litHtml(trimmed, ...values);
}

const trimmedStrings = new WeakMap<TemplateStringsArray, TemplateStringsArray>();
let trimming = true;

/** @internal For tests: renders from now on with the templates as written (false), or trimmed (true). */
export function setIndentationTrim(on: boolean): void {
  trimming = on;
}

/** White space with a line break between a tag's end and a tag's start. */
const BETWEEN_TAGS = />[ \t]*\n\s*</g;
/** At a string's start (the template's, or after a binding): white space with a line break before a tag or the next binding. */
const AT_START = /^[ \t]*\n\s*(?=<|$)/;
/** At a string's end (before a binding, or the template's end): white space with a line break after a tag. */
const AT_END = />[ \t]*\n\s*$/;

/** The strings of a template, less the white space described above; `raw` follows them. */
export function trimIndentation(strings: TemplateStringsArray): TemplateStringsArray {
  const inTag = startsInTag(strings);
  // AT_START also empties a last string of white space with a line break (the template's end). Not
  // inside a tag: there the white space between two bindings (`.value=${v}⏎  ${ref(r)}`, or
  // `class="${a}⏎  ${b}"`) separates them, and without it Lit would read one attribute's value.
  const trimmed = strings.map((text, i) => {
    const between = text.replace(BETWEEN_TAGS, '><').replace(AT_END, '>');
    return inTag[i] ? between : between.replace(AT_START, '');
  });
  return Object.freeze(Object.assign(trimmed, { raw: Object.freeze([...trimmed]) })) as unknown as TemplateStringsArray;
}

/**
 * For each string of a template, whether it starts inside a tag: after `<name` and before its `>`,
 * quoted attribute values included (a `>` in quotes does not end the tag). Comments are text here.
 */
function startsInTag(strings: readonly string[]): boolean[] {
  const starts: boolean[] = [];
  let state: 'text' | 'comment' | 'tag' | '"' | "'" = 'text';
  for (const text of strings) {
    starts.push(state !== 'text' && state !== 'comment');
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (state === 'text') {
        if (char !== '<') continue;
        if (text.startsWith('<!--', i)) {
          state = 'comment';
          i += 3;
        } else if (/[a-z/]/i.test(text[i + 1] ?? '')) state = 'tag';
      } else if (state === 'comment') {
        if (text.startsWith('-->', i)) {
          state = 'text';
          i += 2;
        }
      } else if (state === 'tag') {
        if (char === '"' || char === "'") state = char;
        else if (char === '>') state = 'text';
      } else if (char === state) state = 'tag';
    }
  }
  return starts;
}
