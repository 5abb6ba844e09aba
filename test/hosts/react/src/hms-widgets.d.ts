// The hms-* tags in React's JSX: properties, attributes and typed onhms-* handlers.
import type {} from 'hms-widgets/jsx';
