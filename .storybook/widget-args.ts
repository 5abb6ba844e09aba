/**
 * Storybook's controls, API tables and code snippets from custom-elements.json, the one manifest
 * the README tables, the editor data and the framework types also come from.
 *
 * Storybook's own reading of the manifest gave 77 controls on the course list: private fields,
 * getters and methods, attribute and property twins (`page-size` and `pageSize`), JSON editors for
 * strings and parts, and text fields for union types, so `&args=layout:list` in a story link was
 * ignored. Here: one control per attribute, named as in HTML, with the choices of its type (the
 * manifest's `parsedType`, from @wc-toolkit/type-parser, writes aliases out); public properties,
 * events, parts, CSS custom properties and slots in the tables without controls; nothing private.
 * (@wc-toolkit/storybook-helpers does much the same, but it reads its configuration in a
 * setTimeout, after story files have asked for their controls, so union aliases got text fields.)
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

interface Described {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
  parsedType?: { text: string };
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Member extends Described {
  kind: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Declaration {
  tagName?: string;
  description?: string;
  summary?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  slots?: Described[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((module) => module.declarations ?? []);

/** The manifest's entry for a tag. */
export function declarationOf(tag: string): Declaration | undefined {
  return declarations.find((declaration) => declaration.tagName === tag);
}

/** The choices of a union of string literals (`'grid' | 'list'`), else undefined. */
function choices(type: string): string[] | undefined {
  const parts = type.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length < 2 || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

const unquote = (value: string | undefined): string | undefined => value?.replace(/^'(.*)'$/, '$1');
const internal = (member: Described): boolean => /@internal/.test(member.description ?? '') || member.name.startsWith('#');

/** Controls and API table rows for a tag, keyed by attribute name (or property name, for properties). */
export function widgetArgTypes(tag: string): ArgTypes {
  const declaration = declarationOf(tag);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    if (internal(attribute)) continue;
    const type = attribute.parsedType?.text ?? attribute.type?.text ?? 'string';
    const options = choices(type);
    const base = type.replace(/\s*\|\s*undefined$/, '');
    const property = attribute.fieldName && attribute.fieldName !== attribute.name ? ` Property: \`${attribute.fieldName}\`.` : '';
    argTypes[attribute.name] = {
      name: attribute.name,
      description: `${attribute.description ?? ''}${property}`,
      table: { category: 'attributes', type: { summary: base }, defaultValue: attribute.default && attribute.default !== 'undefined' ? { summary: unquote(attribute.default)! } : undefined },
      ...(options
        ? { control: 'select', options: type.includes('undefined') ? [undefined, ...options] : options }
        : base === 'boolean'
          ? { control: 'boolean' }
          : base === 'number'
            ? { control: 'number' }
            : { control: 'text' }),
    };
  }
  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.privacy || member.static || internal(member) || attributeFields.has(member.name) || !member.description) continue;
    argTypes[member.name] = {
      name: member.name,
      description: member.description,
      control: false,
      table: { category: 'properties', type: { summary: member.parsedType?.text ?? member.type?.text ?? '' } },
    };
  }
  const rows = (items: Described[] | undefined, category: string, key: (item: Described) => string) => {
    for (const item of items ?? []) {
      if (!item.name) continue;
      argTypes[key(item)] = {
        name: item.name,
        description: item.description,
        control: false,
        table: { category, type: item.type ? { summary: item.type.text } : undefined, defaultValue: item.default ? { summary: item.default } : undefined },
      };
    }
  };
  // Keys that cannot collide with an attribute: a part and an attribute may share a name (`sort`).
  rows(
    (declaration.events ?? []).filter((event) => event.name.startsWith('hms-')),
    'events',
    (event) => `event:${event.name}`,
  );
  rows(declaration.slots, 'slots', (slot) => `slot:${slot.name || 'default'}`);
  rows(declaration.cssParts, 'css shadow parts', (part) => `part:${part.name}`);
  rows(declaration.cssProperties, 'css custom properties', (prop) => `css:${prop.name}`);
  return argTypes;
}

/** The story's args that are attributes of the tag, in the manifest's order, without unset or default ones. */
function attributeArgs(tag: string, args: Record<string, unknown>): [string, unknown][] {
  const shown: [string, unknown][] = [];
  for (const attribute of declarationOf(tag)?.attributes ?? []) {
    const value = args[attribute.name];
    // Unset, off, or the default: the attribute would say nothing.
    if (value === undefined || value === null || value === '' || value === false || String(value) === unquote(attribute.default)) continue;
    shown.push([attribute.name, value]);
  }
  return shown;
}

/** The element a story shows, its attributes set from the args (no property, so the HTML tells all). */
export function renderWidget(tag: string, args: Record<string, unknown>, children?: Node[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of attributeArgs(tag, args)) element.setAttribute(name, value === true ? '' : String(value));
  element.append(...(children ?? []));
  return element;
}

/** The HTML a partner copies for a story: the tag and the attributes its args set. */
export function widgetHtml(tag: string, args: Record<string, unknown>, inner = ''): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const attributes = attributeArgs(tag, args).map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(String(value))}"`));
  return `<${tag}${attributes.join('')}>${inner}</${tag}>`;
}
