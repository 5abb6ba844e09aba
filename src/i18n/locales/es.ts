import { en, type Messages } from '../messages.js';

/** Placeholder until the translation lands: English. */
const messages: Messages = { ...en };
export default messages;
