import { defaultConverter, type PropertyDeclaration, type ReactiveElement } from 'lit';
import { property as litProperty } from 'lit/decorators.js';

/** True for what means "not set" to every hms-* property: `null`, `undefined` and `''`. */
export function isUnset(value: unknown): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

// Lit reads `heading-level=""` as 0; here an empty attribute is not set, except a boolean one.
const attributeConverter = {
  fromAttribute: (value: string | null, type?: unknown): unknown => (value === '' ? undefined : defaultConverter.fromAttribute!(value, type)),
  toAttribute: defaultConverter.toAttribute!,
};

/**
 * Lit's `@property`, where "not set" is one state. Frameworks clear a property in different ways
 * (Lit sets `null` when the attribute goes, Vue passes `null`, React and Svelte `undefined`, Angular
 * removes the attribute, a form gives `''`): each of them puts the property back to its initial
 * value. The initial value is the class field's initializer, so every property has one, if only
 * `= undefined` (a test checks it).
 */
export function property(options: PropertyDeclaration = {}) {
  return (proto: ReactiveElement, name: string): void => {
    const stored = Symbol(name);
    const initial = Symbol(`${name} (initial)`);
    Object.defineProperty(proto, name, {
      get(this: Record<symbol, unknown>) {
        return this[stored];
      },
      set(this: Record<symbol, unknown>, value: unknown) {
        // The first value an instance gets is its field initializer's, set in the constructor.
        if (!(initial in this)) this[initial] = value;
        this[stored] = isUnset(value) ? this[initial] : value;
      },
      configurable: true,
      enumerable: true,
    });
    const converter = options.converter ?? (options.type === Boolean ? undefined : attributeConverter);
    litProperty({ ...options, converter })(proto, name);
  };
}

