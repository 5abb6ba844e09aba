/** Attribute converter for an ISO date-time attribute (such as `now`): invalid text reads as unset. */
export const dateAttribute = {
  fromAttribute(value: string | null): Date | undefined {
    if (!value) return undefined;
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : new Date(time);
  },
  toAttribute(value: Date | undefined): string | null {
    return value ? value.toISOString() : null;
  },
};
