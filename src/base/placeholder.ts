import { type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import type { Catalog, Course, Division, Post, Program } from '../catalog/types.js';

/**
 * Placeholder content for skeletons. A widget draws its skeleton with its own templates over this
 * stand-in catalog, text hidden and blocked out (see `.placeholder` in styles/shared.ts), so the
 * skeleton wraps and sizes like the loaded widget at any width. Lengths are the typical ones of a
 * catalog (demo/catalog.json), as a grid row is as tall as its tallest card; nothing here is ever shown as text.
 */
const WORDS = 'clinical research training for physicians and scientists with faculty of the medical school in methods of patient care';

/** Filler text of about `length` characters, cut at a word. */
function filler(length: number): string {
  let text = '';
  for (const word of `${WORDS} `.repeat(4).trim().split(' ')) {
    if (text.length + word.length + 1 > length) break;
    text += (text ? ' ' : '') + word;
  }
  return text;
}

const division = (id: Division['id'], summary: number): Division => ({
  id,
  name: filler(20),
  summary: filler(summary),
  offerings: [filler(22), filler(24), filler(26)],
});

/** Text lengths vary from item to item as in a real catalog: a grid row is as tall as its tallest card. */
const SCALE = [1, 1.8, 0.7];
const scaled = (index: number, length: number, spread = 1) => filler(Math.round(length * (1 + (SCALE[index % 3] - 1) * spread)));

/**
 * A stand-in course of typical lengths (the `index`th of a list): a link, two dated sessions, a credit (two
 * for every third, as a third of a catalog's accredited courses give nursing hours too, and a row of
 * cards is as tall as its tallest), two topics, a director.
 */
export function placeholderCourse(index = 0): Course {
  return {
    id: `placeholder-${index}`,
    title: scaled(index, 42),
    summary: scaled(index, 58),
    // a page of its own, as a catalog's courses have: the card's "View course" takes its room
    url: '#',
    division: 'global-academy',
    modality: 'live',
    accredited: true,
    credits: [{ type: filler(26), amount: 16.25 }, ...(index % 3 === 1 ? [{ type: filler(26), amount: 16.25 }] : [])],
    topics: [filler(12), filler(10)],
    audience: [],
    price: { free: false, amount: 1200, currency: 'USD' },
    status: 'open',
    // A zone with a name of typical length ("Eastern Time (GMT-4)"): the dates line wraps as a loaded card's does.
    sessions: [0, 1].map(() => ({ start: '2027-05-10T09:00:00-04:00', end: '2027-05-10T17:00:00-04:00', timeZone: 'America/New_York', online: true })),
    directors: [filler(20)],
  };
}

/** A stand-in program of typical lengths. */
export function placeholderProgram(index = 0): Program {
  return {
    id: `placeholder-${index}`,
    title: scaled(index, 48),
    summary: scaled(index, 110),
    url: '#',
    durationMonths: 12,
    format: 'blended',
    audience: [filler(12), filler(12), filler(18)],
    language: 'en',
    cohortStart: '2027-05-04',
    applicationDeadline: '2027-03-05',
    fee: { free: true },
    adaptations: [],
  };
}

/** A stand-in post of typical lengths (the `index`th of a list). */
export function placeholderPost(index = 0): Post {
  return { id: `placeholder-${index}`, kind: 'news', title: scaled(index, 50, 0.6), summary: scaled(index, 74, 0.6), published: '2026-01-01', author: filler(20) };
}

/** A stand-in catalog: the mission, the organization's four facts and the three divisions. */
export const PLACEHOLDER_CATALOG: Catalog = {
  version: 1,
  organization: { name: filler(38), facts: [0, 1, 2, 3].map(() => ({ value: '1,000', label: filler(30) })) },
  mission: { statement: filler(345), attribution: { name: filler(30), title: filler(56) } },
  divisions: [division('global-academy', 93), division('continuing-education', 88), division('global-education', 106)],
  courses: [],
  programs: [],
  posts: [],
};

/**
 * Wraps a widget's own template, drawn over placeholder content, as its skeleton: hidden from
 * assistive technology, inert. The skeleton pulses as one layer; a card drawn inside a list's
 * skeleton (`nested`) does not pulse again on its own.
 */
export function placeholder(content: TemplateResult, nested = false): TemplateResult {
  return html`<div part="skeleton" class=${nested ? 'placeholder nested' : 'placeholder'} aria-hidden="true" inert>${content}</div>`;
}

/**
 * The most placeholder items a skeleton draws: more than any screen shows. A list asked for
 * thousands per page (`page-size="10000"`) would otherwise draw thousands of placeholder cards
 * before its content, and the first layout of those took 13 s for 2,000 (and hung the bench's
 * 10,000-card memory row) on this machine.
 */
export const SKELETON_MAX_ITEMS = 48;

/** `count` placeholder items of a list (`item` gets the index), at most `SKELETON_MAX_ITEMS`. */
export function times<T>(count: number, item: (index: number) => T): T[] {
  return Array.from({ length: Math.min(SKELETON_MAX_ITEMS, Math.max(0, Math.floor(count))) }, (_, index) => item(index));
}
