import { files } from '/dist/cdn/hms-widgets-loader.js';

const file = new URLSearchParams(location.search).get('file');
const tags = files['hms-widgets.js'];
window.singleFile = import(`/dist/cdn/${file}`).then(() => ({ table: files, defined: tags.filter((tag) => customElements.get(tag)) }));
