// The host's own custom elements: an unrelated card, an element that takes our hms- prefix, and a
// panel that puts HMS widgets inside its own shadow root.
customElements.define('x-card', class extends HTMLElement {
  connectedCallback() {
    this.setAttribute('role', 'region');
  }
});
customElements.define('hms-header', class extends HTMLElement {});
customElements.define('partner-panel', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.append(document.createElement('slot'));
    if (this.hasAttribute('shadow-widgets')) {
      const mission = document.createElement('hms-mission');
      mission.setAttribute('variant', 'quote');
      const list = document.createElement('hms-course-list');
      list.setAttribute('page-size', '2');
      list.setAttribute('controls', 'none');
      root.append(mission, list);
    }
  }
});
