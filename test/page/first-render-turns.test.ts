// Issue 17: the widgets of a page are all upgraded in the task that defines their tags. Those on
// screen then draw their first render (the skeleton) in that task; those below the fold each wait
// for a turn of their own, so the defining task holds only what the visitor sees.
import { expect } from '@open-wc/testing';
import { scenario, whenTrue } from '../helpers.js';

interface FrameProbe {
  order: string[];
  together: string[][];
  /** When each widget's skeleton was first seen (the frame's performance.now()). */
  skeletonAt: Record<string, number>;
  /** The widgets that showed their content. */
  shown: string[];
  definedAtOnce?: boolean;
}

describe('first render turns: widgets off screen when the library starts draw their skeleton later', () => {
  /**
   * The page as a partner writes it: widgets in the HTML, then the library (`script`, a module
   * that loads it); each render is seen from a mutation observer on every shadow root (the
   * observer's callbacks are microtasks of the render's own task, so two widgets seen fresh in one
   * callback rendered in the same task). `probe.definedAtOnce`: the tag was defined in the task
   * that evaluated the library.
   */
  function page(urls: { top: string; far: string }, load: string): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 300px; border: 0';
    frame.srcdoc = `<!doctype html><body style="margin: 0">
      <hms-mission id="top" variant="compact" src="${urls.top}"></hms-mission>
      <div style="height: 5000px"></div>
      <hms-mission id="far" variant="compact" src="${urls.far}"></hms-mission>
      <script type="module">
        const probe = (window.probe = { order: [], together: [], skeletonAt: {}, shown: [] });
        const widgets = () => [...document.querySelectorAll('hms-mission')];
        const observer = new MutationObserver(() => {
          const fresh = widgets().filter((el) => el.shadowRoot?.querySelector('[part~="skeleton"]') && !probe.order.includes(el.id)).map((el) => el.id);
          if (fresh.length > 1) probe.together.push(fresh);
          probe.order.push(...fresh);
          for (const id of fresh) probe.skeletonAt[id] = performance.now();
          for (const el of widgets()) {
            if (!probe.shown.includes(el.id) && el.shadowRoot?.querySelector('[part~="mission"]') && !el.shadowRoot.querySelector('[part~="skeleton"]')) probe.shown.push(el.id);
          }
        });
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attach.call(this, init);
          observer.observe(root, { childList: true, subtree: true });
          return root;
        };
        ${load}
      </script>`;
    document.body.append(frame);
    return frame;
  }

  for (const [name, load] of [
    ['hms-widgets/define (source)', `await import(${JSON.stringify(new URL('../../src/define.ts', import.meta.url).href)});`],
    // The CDN bundle defines its tags in a task after its own, once an observer has placed the widgets.
    ['the CDN bundle', `import('/dist/cdn/hms-widgets.js').then(() => queueMicrotask(() => (probe.definedAtOnce = Boolean(customElements.get('hms-mission')))));`],
  ]) {
    it(`${name}: the widget on screen draws its skeleton in the defining task, the one far below in a later task`, async () => {
      const held = scenario('held');
      const frame = page({ top: held.url, far: held.url }, load);
      try {
        const win = () => frame.contentWindow as (Window & { probe?: FrameProbe }) | null;
        await whenTrue(() => (win()?.probe?.order.length ?? 0) >= 2);
        const probe = win()!.probe!;
        expect(probe.order, 'first renders, in order').to.deep.equal(['top', 'far']);
        expect(probe.together, 'no two skeletons drawn in the same task').to.deep.equal([]);
        if (name === 'the CDN bundle') expect(probe.definedAtOnce, 'defined after the task that evaluated the bundle').to.equal(false);
      } finally {
        frame.remove();
        await fetch(`/api/release/${held.key}`);
      }
    });
  }

  it('a widget far below asks for its catalog as it connects, before the widget on screen draws its skeleton, not at its own later turn', async () => {
    const top = scenario('held');
    const far = scenario('held');
    const frame = page({ top: top.url, far: far.url }, `import('/dist/cdn/hms-widgets.js');`);
    try {
      const win = () => frame.contentWindow as (Window & { probe?: FrameProbe }) | null;
      await whenTrue(() => win()?.probe?.skeletonAt.top !== undefined);
      await fetch(`/api/release/${top.key}`);
      await fetch(`/api/release/${far.key}`);
      win()!.document.getElementById('far')!.scrollIntoView();
      await whenTrue(() => win()?.probe?.shown.includes('far') === true);
      const request = win()!.performance.getEntriesByName(new URL(far.url, location.href).href)[0];
      expect(request, "the far widget's catalog request").to.not.equal(undefined);
      expect(request.startTime, "the far widget's request, against the top widget's skeleton").to.be.below(win()!.probe!.skeletonAt.top);
    } finally {
      frame.remove();
      await fetch(`/api/release/${top.key}`);
      await fetch(`/api/release/${far.key}`);
    }
  });

  it('the CDN bundle defines each tag the page uses in a task of its own, in page order, a list with the card tag it draws', async () => {
    const held = scenario('held');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 300px; border: 0';
    // Defines seen in groups: the tags defined in one run of script, with no microtask checkpoint
    // between them (a task boundary always has one).
    frame.srcdoc = `<!doctype html><body style="margin: 0">
      <hms-mission variant="compact" src="${held.url}"></hms-mission>
      <hms-course-list controls="none" limit="2" src="${held.url}"></hms-course-list>
      <script type="module">
        const groups = (window.groups = []);
        let group;
        const define = customElements.define.bind(customElements);
        customElements.define = (tag, element, options) => {
          if (!group) {
            groups.push((group = []));
            queueMicrotask(() => (group = undefined));
          }
          group.push(tag);
          return define(tag, element, options);
        };
        import('/dist/cdn/hms-widgets.js');
      </script>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & { groups?: string[][] }) | null;
      await whenTrue(() => (win()?.groups?.flat().length ?? 0) >= 10);
      const groups = win()!.groups!;
      expect(groups[0], 'the first widget of the page, alone').to.deep.equal(['hms-mission']);
      expect(groups[1], 'then the list, its card tag first').to.deep.equal(['hms-course-card', 'hms-course-list']);
      expect(groups.slice(2).flat(), 'then every other tag').to.have.members(['hms-course-calendar', 'hms-saved-courses', 'hms-catalog', 'hms-program-list', 'hms-program-card', 'hms-news-list', 'hms-divisions']);
    } finally {
      frame.remove();
      await fetch(`/api/release/${held.key}`);
    }
  });

  it('UI strings that arrive after the skeletons are drawn: each widget draws again in a task of its own, and updateComplete waits for it', async () => {
    const held = scenario('held');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 900px; border: 0';
    // A page in French, whose strings load on first use: the three lists render their skeletons in
    // English first (each in a task of its own, as every widget does on screen), then in French.
    frame.srcdoc = `<!doctype html><html lang="fr"><body style="margin: 0">
      ${['a', 'b', 'c'].map((id) => `<hms-course-list id="${id}" controls="search" limit="1" src="${held.url}"></hms-course-list>`).join('')}
      <script type="module">
        const probe = (window.probe = { english: [], french: [], together: [] });
        const label = (el) => el.shadowRoot.querySelector('[part~="skeleton"] label')?.textContent ?? '';
        const observer = new MutationObserver(() => {
          const fresh = [...document.querySelectorAll('hms-course-list')].filter((el) => label(el) === window.frenchLabel && !probe.french.includes(el.id)).map((el) => el.id);
          if (fresh.length > 1) probe.together.push(fresh);
          probe.french.push(...fresh);
          for (const el of document.querySelectorAll('hms-course-list')) if (label(el) === window.englishLabel && !probe.english.includes(el.id)) probe.english.push(el.id);
        });
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attach.call(this, init);
          if (this.localName === 'hms-course-list') observer.observe(root, { childList: true, subtree: true, characterData: true });
          return root;
        };
        window.englishLabel = (await import(${JSON.stringify(new URL('../../src/i18n/messages.ts', import.meta.url).href)})).en.searchLabel;
        window.frenchLabel = (await import(${JSON.stringify(new URL('../../src/i18n/locales/fr.ts', import.meta.url).href)})).default.searchLabel;
        await import(${JSON.stringify(new URL('../../src/define.ts', import.meta.url).href)});
        const labels = () => Promise.all([...document.querySelectorAll('hms-course-list')].map((el) => el.updateComplete.then(() => [el.id, label(el)])));
        window.completed = labels();
        // Asked again once the strings are in, while the lists still wait for their turns to draw them.
        await (await import(${JSON.stringify(new URL('../../src/i18n/locale.ts', import.meta.url).href)})).loadMessages('fr');
        window.afterStrings = labels();
      </script>`;
    document.body.append(frame);
    try {
      type Probe = { english: string[]; french: string[]; together: string[][] };
      const win = () => frame.contentWindow as (Window & { probe?: Probe; completed?: Promise<[string, string][]>; afterStrings?: Promise<[string, string][]>; frenchLabel?: string }) | null;
      await whenTrue(() => win()?.afterStrings !== undefined);
      // updateComplete resolves on the render in French, not on the English one before it.
      const french = ['a', 'b', 'c'].map((id) => [id, win()!.frenchLabel]);
      expect(await win()!.completed!, "each list's skeleton label once updateComplete resolves").to.deep.equal(french);
      expect(await win()!.afterStrings!, 'the same, asked once the strings are in but not drawn').to.deep.equal(french);
      const probe = win()!.probe!;
      expect([...probe.english].sort(), 'lists seen in English first (the case this test is about)').to.deep.equal(['a', 'b', 'c']);
      expect([...probe.french].sort(), 'lists seen switching to French').to.deep.equal(['a', 'b', 'c']);
      expect(probe.together, 'no two lists drawn again in the same task').to.deep.equal([]);
    } finally {
      frame.remove();
      await fetch(`/api/release/${held.key}`);
    }
  });

  for (const [name, load] of [
    ['hms-widgets/define (source)', `await import(${JSON.stringify(new URL('../../src/define.ts', import.meta.url).href)});`],
    ['the CDN bundle', `import('/dist/cdn/hms-widgets.js');`],
  ]) {
    it(`${name}: a list whose top is near the screen's bottom, or below it, draws one placeholder card first, not a screenful`, async () => {
      const held = scenario('held');
      const frame = document.createElement('iframe');
      // 400 px wide: a list's rows stack (at least 500 px each), so this screen would hold two.
      frame.style.cssText = 'width: 400px; height: 800px; border: 0';
      frame.srcdoc = `<!doctype html><body style="margin: 0">
        <div style="height: 700px"></div>
        <hms-course-list id="low" layout="list" controls="none" page-size="6" src="${held.url}"></hms-course-list>
        <div style="height: 5000px"></div>
        <hms-course-list id="far" layout="list" controls="none" page-size="6" src="${held.url}"></hms-course-list>
        <script type="module">
          const firsts = (window.firsts = {});
          const watch = (el) => new MutationObserver(() => {
            const count = el.shadowRoot.querySelectorAll('[part~="skeleton"] li > hms-course-card').length;
            if (count > 0 && !(el.id in firsts)) firsts[el.id] = count;
          }).observe(el.shadowRoot, { childList: true, subtree: true });
          const attach = Element.prototype.attachShadow;
          Element.prototype.attachShadow = function (init) {
            const root = attach.call(this, init);
            if (this.localName === 'hms-course-list') queueMicrotask(() => watch(this));
            return root;
          };
          ${load}
        </script>`;
      document.body.append(frame);
      try {
        const win = () => frame.contentWindow as (Window & { firsts?: Record<string, number> }) | null;
        await whenTrue(() => Object.keys(win()?.firsts ?? {}).length >= 2);
        expect(win()!.firsts, 'placeholder cards in each list\'s first render').to.deep.equal({ low: 1, far: 1 });
        // The rest of the skeleton still comes: updateComplete waits for every placeholder.
        const low = win()!.document.getElementById('low') as HTMLElement & { updateComplete: Promise<boolean> };
        await low.updateComplete;
        expect(low.shadowRoot!.querySelectorAll('[part~="skeleton"] li > hms-course-card').length).to.equal(6);
      } finally {
        frame.remove();
        await fetch(`/api/release/${held.key}`);
      }
    });
  }
});
