// The demo's theme and language switcher (both demo servers: `npm start` and `node demo/preview.mjs`).
// Plain JavaScript, so the production preview serves it as is. A choice is kept in the page URL
// (`?theme=dark&lang=ar`), so a reload, a shared link or a screenshot script shows the same page.

const form = document.querySelector('#showcase');
const themeSelect = document.querySelector('#showcase-theme');
const languageSelect = document.querySelector('#showcase-language');

/**
 * The widgets the switcher sets: every `hms-*` element not inside an `<hms-catalog>` (a provider
 * passes its theme and language on to the widgets inside it), the ones added later too.
 */
const targets = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('hms-') && !el.parentElement?.closest('hms-catalog'));

/** A widget's own theme and language, as the page wrote them (the fixed dark example keeps its theme). */
const own = new WeakMap();
function ownOf(el) {
  if (!own.has(el)) own.set(el, { theme: el.getAttribute('theme'), locale: el.getAttribute('locale') });
  return own.get(el);
}

/** Light is HMS's palette; "partner" is light with another partner's tokens (partner.css); "" is the page's language. */
function apply(theme, language) {
  document.documentElement.dataset.theme = theme;
  const widgetTheme = theme === 'dark' || theme === 'high-contrast' ? theme : null;
  for (const el of targets()) {
    const mine = ownOf(el);
    const nextTheme = mine.theme ?? widgetTheme;
    const nextLocale = language || mine.locale;
    if (nextTheme) el.setAttribute('theme', nextTheme);
    else el.removeAttribute('theme');
    if (nextLocale) el.setAttribute('locale', nextLocale);
    else el.removeAttribute('locale');
  }
}

function current() {
  return { theme: themeSelect.value, language: languageSelect.value };
}

function fromUrl() {
  const params = new URLSearchParams(location.search);
  const theme = params.get('theme');
  const language = params.get('lang');
  if (theme && [...themeSelect.options].some((option) => option.value === theme)) themeSelect.value = theme;
  if (language && [...languageSelect.options].some((option) => option.value === language)) languageSelect.value = language;
}

function toUrl() {
  const url = new URL(location.href);
  const { theme, language } = current();
  if (theme !== 'light') url.searchParams.set('theme', theme);
  else url.searchParams.delete('theme');
  if (language) url.searchParams.set('lang', language);
  else url.searchParams.delete('lang');
  history.replaceState(history.state, '', url);
}

if (form && themeSelect && languageSelect) {
  fromUrl();
  const { theme, language } = current();
  if (theme !== 'light' || language) apply(theme, language);
  form.addEventListener('change', () => {
    const { theme, language } = current();
    apply(theme, language);
    toUrl();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
}
