// A Vite plugin for the CDN build: minifies the static text of Lit's tagged templates in our own
// sources. JS minifiers leave template text alone, and a widget's styles are a fifth of the
// bundle. In `css` templates: comments, indentation, spaces around punctuation (quoted strings
// untouched); in `html` templates: indentation (a line break stays where one was). Interpolations
// are kept as written, and the transform comes with a source map, so the bundle's map still
// points at the right lines and columns.

/** Minifies the text between two interpolations of a `css` template. */
export function minifyCssText(text) {
  const strings = [];
  let out = text
    // Comments go; quoted strings (such as `content: ' · '` or `[theme='dark']`) stay exactly as written.
    .replace(/\/\*[\s\S]*?\*\/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, (token) =>
      token.startsWith('/*') ? ' ' : `\uE000${strings.push(token) - 1}\uE000`,
    )
    .replace(/\s+/g, ' ')
    // No space is needed around these, nor after a colon (never before one: `a :hover` differs from `a:hover`).
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
  out = out.replace(/\uE000(\d+)\uE000/g, (_, i) => strings[Number(i)]);
  return out;
}

/** Collapses a run of indentation and line breaks in a Lit `html` template to one line break. */
export function minifyHtmlText(text) {
  // Still one whitespace character where there was whitespace, so nothing renders differently
  // (no template uses <pre> or a white-space: pre style).
  return text.replace(/[ \t]*\n\s*/g, '\n');
}

const TAGGED = /\b(css|html)`/g;

/**
 * The static text of every `css` and `html` template in a module, nested ones included: a list of
 * [start, end, tag] offsets, one per part between the backticks and the interpolations.
 */
export function templateParts(code) {
  const parts = [];
  TAGGED.lastIndex = 0;
  let match;
  while ((match = TAGGED.exec(code))) {
    TAGGED.lastIndex = scanTemplate(code, match.index + match[0].length, match[1], parts);
  }
  return parts;
}

/** Scans a template literal from just after its opening backtick; returns the offset after its closing one. */
function scanTemplate(code, i, tag, parts) {
  let start = i;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '\\') {
      i += 2;
    } else if (ch === '`') {
      if (tag) parts.push([start, i, tag]);
      return i + 1;
    } else if (ch === '$' && code[i + 1] === '{') {
      if (tag) parts.push([start, i, tag]);
      i = scanExpression(code, i + 2, parts);
      start = i;
    } else {
      i += 1;
    }
  }
  throw new Error('minify-templates: unterminated template literal');
}

/** Scans an interpolation from just after `${`; returns the offset after its closing `}`. */
function scanExpression(code, i, parts) {
  let depth = 1;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    } else if (ch === "'" || ch === '"') {
      i += 1;
      while (i < code.length && code[i] !== ch) i += code[i] === '\\' ? 2 : 1;
    } else if (ch === '`') {
      const tag = /\b(css|html)$/.exec(code.slice(Math.max(0, i - 4), i))?.[1];
      i = scanTemplate(code, i + 1, tag, parts);
      continue;
    }
    i += 1;
  }
  throw new Error('minify-templates: unterminated interpolation');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value) {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

/**
 * Rewrites a module and builds its source map: code outside the templates maps token by token to
 * where it was; each minified part maps to the start of the text it replaced.
 */
export function minifyTemplates(code, source) {
  const parts = templateParts(code).sort((a, b) => a[0] - b[0]);
  if (parts.length === 0) return null;
  // Segments: [generated offset, original offset], in order.
  const segments = [];
  let out = '';
  let from = 0;
  const copy = (end) => {
    const token = /[\w$]+|\S/g;
    token.lastIndex = from;
    let m;
    while ((m = token.exec(code)) && m.index < end) segments.push([out.length + (m.index - from), m.index]);
    out += code.slice(from, end);
    from = end;
  };
  for (const [start, end, tag] of parts) {
    copy(start);
    segments.push([out.length, start]);
    let text = code.slice(start, end);
    if (tag === 'css') {
      text = minifyCssText(text);
      if (code[start - 1] === '`') text = text.trimStart();
      if (code[end] === '`') text = text.trimEnd();
    } else {
      text = minifyHtmlText(text);
    }
    out += text;
    from = end;
  }
  copy(code.length);

  const position = (text) => {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') lineStarts.push(i + 1);
    return (offset) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return [lo, offset - lineStarts[lo]];
    };
  };
  const inOut = position(out);
  const inSource = position(code);
  const lines = [];
  let previous = { line: 0, column: 0 };
  let lastLine = -1;
  let lastColumn = 0;
  for (const [generated, original] of segments) {
    const [line, column] = inOut(generated);
    const [sourceLine, sourceColumn] = inSource(original);
    while (lastLine < line) {
      lines.push([]);
      lastLine += 1;
      lastColumn = 0;
    }
    lines[line].push(vlq(column - lastColumn) + vlq(0) + vlq(sourceLine - previous.line) + vlq(sourceColumn - previous.column));
    lastColumn = column;
    previous = { line: sourceLine, column: sourceColumn };
  }
  const map = { version: 3, sources: [source], sourcesContent: [code], names: [], mappings: lines.map((l) => l.join(',')).join(';') };
  return { code: out, map };
}

/** The plugin: our TypeScript sources only (never Lit's own code). */
export function minifyTemplatesPlugin() {
  return {
    name: 'hms-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]) || !/\b(css|html)`/.test(code)) return null;
      return minifyTemplates(code, id.split('?')[0]);
    },
  };
}
