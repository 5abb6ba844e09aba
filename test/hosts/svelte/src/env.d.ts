// The hms-* tags in Svelte markup (svelteHTML.IntrinsicElements): properties, attributes and typed events.
import type {} from 'hms-widgets/svelte';
