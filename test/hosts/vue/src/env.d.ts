// The hms-* tags in Vue templates (GlobalComponents): properties, attributes and typed events.
import type {} from 'hms-widgets/vue';
