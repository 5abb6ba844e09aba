// React 19 sets properties on a custom element only when the tag is defined before React creates
// it: the define module comes first.
import 'hms-widgets/define';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(<App />);
