// A host page's own element that renders two of our course lists in its open shadow root and asks
// the autoloader to find them (the loader watches the document, not other shadow roots).
import { discover } from '/dist/cdn/hms-widgets-loader.js';

customElements.define(
  'host-panel',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<hms-course-list page-size="2"></hms-course-list><hms-course-list page-size="3" q="cardio"></hms-course-list>';
      window.hostPanelReady = discover(root);
    }
  },
);
