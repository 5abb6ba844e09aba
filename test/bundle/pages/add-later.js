// Adds a widget of another kind once the first ones are defined: the loader's observer must see it.
import { ready } from '/dist/cdn/hms-widgets-loader.js';

await ready;
document.body.append(document.createElement('hms-news-list'));
