// The demo loads the widgets from source, as a partner's bundler would load the package.
import '../src/define.js';

document.addEventListener('hms-catalog-issues', (event) => {
  console.info('Catalog issues reported by', event.target, event.detail.issues);
});
