// A Vite plugin for the CDN build: minifies the static text of Lit `css` tagged templates in our
// own sources (comments, indentation, spaces around punctuation). JS minifiers leave template text
// alone, and a widget's styles are a fifth of the bundle. Interpolations (`${...}`) are kept as
// written, quoted strings are never touched, and the transform comes with a source map, so the
// bundle's map still points at the right lines and columns.

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

/**
 * The ranges of the static text of every `css` template in a module: [start, end) offsets of each
 * part between the backticks and the interpolations.
 */
export function cssTemplateParts(code) {
  const parts = [];
  const tag = /\bcss`/g;
  let match;
  while ((match = tag.exec(code))) {
    let i = match.index + match[0].length;
    let start = i;
    for (;;) {
      if (i >= code.length) throw new Error('unterminated css template');
      const ch = code[i];
      if (ch === '\\') {
        i += 2;
      } else if (ch === '`') {
        parts.push([start, i]);
        break;
      } else if (ch === '$' && code[i + 1] === '{') {
        parts.push([start, i]);
        i = skipExpression(code, i + 2);
        start = i;
      } else {
        i += 1;
      }
    }
    tag.lastIndex = i + 1;
  }
  return parts;
}

/** Returns the offset just past the `}` that closes an interpolation starting at `i`. */
function skipExpression(code, i) {
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
      throw new Error('a template inside a css interpolation is not supported by minify-css-templates');
    }
    i += 1;
  }
  throw new Error('unterminated css interpolation');
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
export function minifyCssTemplates(code, source) {
  const parts = cssTemplateParts(code);
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
  for (const [start, end] of parts) {
    copy(start);
    segments.push([out.length, start]);
    let text = minifyCssText(code.slice(start, end));
    if (code[start - 1] === '`') text = text.trimStart();
    if (code[end] === '`') text = text.trimEnd();
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
export function minifyCssTemplatesPlugin() {
  return {
    name: 'hms-minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]) || !code.includes('css`')) return null;
      return minifyCssTemplates(code, id.split('?')[0]);
    },
  };
}
