/**
 * Every string a visitor can see, in English (the source locale). Other locales implement the same
 * interface, so a missing message is a type error; widgets never hold a literal UI string.
 */
export interface Messages {
  /** Accessible name of the loading placeholder. */
  loading: string;
  /** The button that loads the catalog again after an error. */
  retry: string;
  /** Heading of the error box. */
  errorTitle: string;
  /** No source was set; `setHow` tells the page author what to add. */
  errorNoSource: string;
  errorNoSourceHow: string;
  errorNetwork: string;
  errorTimeout: string;
  errorNotFound: string;
  errorServer: (status: number) => string;
  errorRateLimited: string;
  errorRefused: (status: number) => string;
  errorNotJson: string;
  errorHtml: string;
  errorEmpty: string;
  errorSchema: (detail: string) => string;
  /** `<hms-mission>`: the quotation's accessible label. */
  missionLabel: string;
  /** `<hms-mission>`: the list of facts about the organization. */
  factsLabel: (organization: string) => string;
  /** `<hms-mission>`: the list of divisions. */
  divisionsLabel: string;
  /** `<hms-mission>`: the kinds of offering one division runs. */
  offeringsLabel: (division: string) => string;
  /** `<hms-mission>`: shown when the catalog has no mission block. */
  missionEmpty: string;
}

/** English UI strings. */
export const en: Messages = {
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'This content could not be loaded',
  errorNoSource: 'No catalog is set for this widget.',
  errorNoSourceHow:
    'Set its src attribute to the catalog URL, set its catalog property, put the catalog JSON in a <script type="application/json"> inside it, or add <meta name="hms-catalog" content="URL"> to the page.',
  errorNetwork: 'The catalog could not be reached. Check your connection, or the catalog server may not allow this site.',
  errorTimeout: 'The catalog server took too long to answer.',
  errorNotFound: 'The catalog was not found at its address (404).',
  errorServer: (status) => `The catalog server had a problem (${status}).`,
  errorRateLimited: 'The catalog server is busy right now (429).',
  errorRefused: (status) => `The catalog server refused the request (${status}).`,
  errorNotJson: 'The catalog file is damaged: it is not valid JSON.',
  errorHtml: 'The catalog address returned a web page instead of catalog data. A Wi-Fi sign-in page or a wrong address can cause this.',
  errorEmpty: 'The catalog file is empty.',
  errorSchema: (detail) => `This file is not an HMS catalog this widget can read. ${detail}`,
  missionLabel: 'Mission statement',
  factsLabel: (organization) => `${organization} at a glance`,
  divisionsLabel: 'Divisions',
  offeringsLabel: (division) => `${division} offers`,
  missionEmpty: 'This catalog has no mission statement yet.',
};
