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
  /** A catalog on the page's own origin could not be reached. */
  errorNetwork: string;
  /** The visitor's browser is offline; the widget loads again by itself once it is back online. */
  errorOffline: string;
  /** The connection broke while the catalog was arriving. */
  errorInterrupted: string;
  /** A catalog on another site could not be read: that server is down or does not allow this site (CORS). */
  errorCrossOrigin: (host: string) => string;
  errorTimeout: string;
  errorNotFound: string;
  errorServer: (status: number) => string;
  errorRateLimited: string;
  errorRefused: (status: number) => string;
  errorNotJson: string;
  errorHtml: string;
  errorEmpty: string;
  errorSchema: (detail: string) => string;
  /** Under the last good copy of a catalog, shown while its server cannot be reached: "Updated on 2 Dec 2026". */
  lastGoodNote: (date: string) => string;
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

  /** Course formats, by modality id. */
  modality: Record<'online' | 'live' | 'rss' | 'blended', string>;
  /** Course statuses, by status id. */
  status: Record<'open' | 'waitlist' | 'closed' | 'upcoming' | 'on-demand', string>;
  /** Division names when the catalog does not name them. */
  division: Record<'global-academy' | 'continuing-education' | 'global-education', string>;
  accredited: string;
  notAccredited: string;
  free: string;
  online: string;
  /** Shown for a course with several sessions: "4 sessions". */
  sessionCount: (count: number, formatted: string) => string;
  /** Labels of a course card's details. */
  datesLabel: string;
  locationLabel: string;
  priceLabel: string;
  creditsLabel: string;
  topicsLabel: string;
  directedBy: (names: string) => string;
  addToCalendar: string;
  /** Accessible name of the calendar button: which course it adds. */
  addToCalendarFor: (title: string) => string;
  /** The choice of clock for session times: its label, then each course's own time zone or the visitor's. */
  timesIn: string;
  courseTime: string;
  yourTime: string;
  courseNotFound: (id: string) => string;

  /** `<hms-course-list>` controls. */
  filtersLabel: string;
  searchLabel: string;
  divisionFilter: string;
  modalityFilter: string;
  topicFilter: string;
  accreditationFilter: string;
  languageFilter: string;
  statusFilter: string;
  sortLabel: string;
  allDivisions: string;
  allModalities: string;
  allTopics: string;
  allAccreditation: string;
  allLanguages: string;
  allStatuses: string;
  optionWithCount: (label: string, count: string) => string;
  sort: Record<'start-date' | 'title' | 'credits' | 'recent', string>;
  resultCount: (count: number, formatted: string) => string;
  noResults: string;
  clearFilters: string;
  viewAll: string;
  /** A course card's call to action, and its accessible name with the course's title. */
  viewCourse: string;
  viewCourseFor: (title: string) => string;
  coursesLabel: string;
  pagesLabel: string;
  previousPage: string;
  nextPage: string;
  pageLabel: (page: string) => string;
  pageStatus: (page: string, total: string) => string;
  /** Announced after a sort change: "Sorted by Title". */
  sortedBy: (order: string) => string;
  /** A landmark's name with the page section it serves: "Filter courses: Find a course". */
  landmarkFor: (label: string, section: string) => string;

  /** Programs. */
  programFormat: Record<'online' | 'live' | 'rss' | 'blended', string>;
  durationMonths: (months: number, formatted: string) => string;
  durationLabel: string;
  formatLabel: string;
  audienceLabel: string;
  cohortLabel: string;
  deadlineLabel: string;
  feeLabel: string;
  languageLabel: string;
  venueLabel: string;
  /** "Applications close in 12 days": `relative` comes from Intl.RelativeTimeFormat ("in 12 days", "tomorrow"). */
  applicationsClose: (relative: string) => string;
  applicationsClosed: string;
  apply: string;
  applyFor: (title: string) => string;
  notOffered: (region: string) => string;
  seeBaseProgram: string;
  programsLabel: string;
  noPrograms: string;
  programNotFound: (id: string) => string;

  /** News. */
  postKind: Record<'news' | 'blog', string>;
  byAuthor: (name: string) => string;
  newsLabel: string;
  noPosts: string;

  /** Divisions. */
  offeringsCount: (count: number, formatted: string) => string;

  /** `<hms-course-calendar>`: the calendar's name, month navigation and views. */
  calendarLabel: string;
  previousMonth: string;
  nextMonth: string;
  today: string;
  viewLabel: string;
  monthView: string;
  agendaView: string;
  /** The choice of clock the times are shown in, and its two options. */
  calendarTimesIn: string;
  /** "Your time (Central European Time)". */
  calendarYourTime: (zone: string) => string;
  courseTimes: string;
  /** A session's time in its course's own zone, beside the visitor's: "Course time: Mar 2, 2027, 9:00 AM – 5:00 PM EST". */
  courseTimeOf: (time: string) => string;
  /** A day with more sessions than its cell shows: "+2 more". */
  moreSessions: (count: number, formatted: string) => string;
  /** Heading of one day's sessions: "Sessions on Sunday, March 28, 2027". */
  sessionsOn: (date: string) => string;
  noSessionsMonth: string;
  /** Announced when the month changes: "March 2027: 12 sessions" (`sessions` is a `sessionCount`). */
  monthStatus: (month: string, sessions: string) => string;
  closeDay: string;
  /** One `.ics` of every session shown: "Add these 12 sessions to a calendar". */
  addSessions: (count: number, formatted: string) => string;
  /** The add-to-calendar menu's choices. */
  googleCalendar: string;
  outlookCalendar: string;
  office365Calendar: string;
  icsFile: string;
  /** Subscription links to the feed of what is shown: a group's name and its two links. */
  subscribeLabel: string;
  subscribeWebcal: string;
  subscribeGoogle: string;

  /**
   * A `saveable` widget's star toggle: its visible word, unsaved and saved, and its accessible name
   * with the course's title in each state (the visible word first: label in name, WCAG 2.5.3).
   */
  save: string;
  saved: string;
  saveCourse: (title: string) => string;
  savedCourse: (title: string) => string;
  /** `<hms-saved-courses>`: the list's name, and how many it holds ("3 saved courses"). */
  savedLabel: string;
  savedCount: (count: number, formatted: string) => string;
  /** The empty list, and how to fill it (the list stays in this browser). */
  savedEmpty: string;
  savedEmptyHow: string;
  /** A saved course the catalog no longer has. */
  noLongerOffered: string;
  /** The name of a course known only by its id (a shared link to a course the catalog no longer has). */
  unknownCourse: (id: string) => string;
  /** The Remove button, and its accessible name with the course's title. */
  remove: string;
  removeCourse: (title: string) => string;
  /** The share link: the button, what it says once copied, and the field that shows the link when it cannot be copied. */
  copyLink: string;
  linkCopied: string;
  linkLabel: string;
  /** A list opened from a share link: what it is, and the choices to keep it or go back to one's own. */
  sharedList: (count: number, formatted: string) => string;
  keepShared: string;
  showMine: string;
  /** `<hms-course-list>` and `<hms-course-calendar>` on a narrow width: the button that shows the folded filters. */
  filtersButton: string;
  /**
   * That button's accessible name, with how many filters are set (the search box stays outside the
   * fold and is not counted). It starts with `filtersButton` and holds `formatted` as the button shows
   * them ("Filters 2"), so the name contains the visible text.
   */
  filtersToggle: (count: number, formatted: string) => string;
}

/** English UI strings. */
export const en: Messages = {
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'This content could not be loaded',
  errorNoSource: 'No catalog is set for this widget.',
  errorNoSourceHow:
    'Set its src attribute to the catalog URL, set its catalog property, put the catalog JSON in a <script type="application/json"> inside it, or add <meta name="hms-catalog" content="URL"> to the page.',
  errorNetwork: 'The catalog could not be reached. Check your connection and try again.',
  errorOffline: 'You are offline. This content will load by itself when your connection is back.',
  errorInterrupted: 'The connection was interrupted while the catalog was loading.',
  errorCrossOrigin: (host) => `The catalog at ${host} could not be read from this site. That server may be down, or it may not allow this site to use its data (CORS).`,
  errorTimeout: 'The catalog server took too long to answer.',
  errorNotFound: 'The catalog was not found at its address (404).',
  errorServer: (status) => `The catalog server had a problem (${status}).`,
  errorRateLimited: 'The catalog server is busy right now (429).',
  errorRefused: (status) => `The catalog server refused the request (${status}).`,
  errorNotJson: 'The catalog file is damaged: it is not valid JSON.',
  errorHtml: 'The catalog address returned a web page instead of catalog data. A Wi-Fi sign-in page or a wrong address can cause this.',
  errorEmpty: 'The catalog file is empty.',
  errorSchema: (detail) => `This file is not an HMS catalog this widget can read. ${detail}`,
  lastGoodNote: (date) => `Updated on ${date}`,
  missionLabel: 'Mission statement',
  factsLabel: (organization) => `${organization} at a glance`,
  divisionsLabel: 'Divisions',
  offeringsLabel: (division) => `${division} offers`,
  missionEmpty: 'This catalog has no mission statement yet.',

  modality: { online: 'Online', live: 'Live', rss: 'Regularly Scheduled Series', blended: 'Blended' },
  status: { open: 'Open', waitlist: 'Waitlist', closed: 'Enrollment closed', upcoming: 'Not yet open', 'on-demand': 'On demand' },
  division: {
    'global-academy': 'HMS Global Academy',
    'continuing-education': 'Continuing Education',
    'global-education': 'Office of Global Education',
  },
  accredited: 'Accredited',
  notAccredited: 'Non-accredited',
  free: 'Free',
  online: 'Online',
  sessionCount: (count, formatted) => (count === 1 ? '1 session' : `${formatted} sessions`),
  datesLabel: 'Dates',
  locationLabel: 'Location',
  priceLabel: 'Price',
  creditsLabel: 'Credits',
  topicsLabel: 'Topics',
  directedBy: (names) => `Directed by ${names}`,
  addToCalendar: 'Add to calendar',
  addToCalendarFor: (title) => `Add to calendar: ${title}`,
  timesIn: 'Show times in',
  courseTime: 'course’s time zone',
  yourTime: 'your time zone',
  courseNotFound: (id) => `This catalog has no course with the id "${id}".`,

  filtersLabel: 'Filter courses',
  searchLabel: 'Search courses',
  divisionFilter: 'Division',
  modalityFilter: 'Format',
  topicFilter: 'Topic',
  accreditationFilter: 'Accreditation',
  languageFilter: 'Language',
  statusFilter: 'Status',
  sortLabel: 'Sort by',
  allDivisions: 'All divisions',
  allModalities: 'All formats',
  allTopics: 'All topics',
  allAccreditation: 'Accredited or not',
  allLanguages: 'All languages',
  allStatuses: 'Any status',
  optionWithCount: (label, count) => `${label} (${count})`,
  sort: { 'start-date': 'Start date', title: 'Title', credits: 'Most credits', recent: 'Recently updated' },
  resultCount: (count, formatted) => (count === 1 ? '1 course' : `${formatted} courses`),
  noResults: 'No courses match these filters.',
  clearFilters: 'Clear filters',
  viewAll: 'View all courses',
  viewCourse: 'View course',
  viewCourseFor: (title) => `View course: ${title}`,
  coursesLabel: 'Courses',
  pagesLabel: 'Pages',
  previousPage: 'Previous',
  nextPage: 'Next',
  pageLabel: (page) => `Page ${page}`,
  pageStatus: (page, total) => `Page ${page} of ${total}`,
  sortedBy: (order) => `Sorted by ${order}`,
  landmarkFor: (label, section) => `${label}: ${section}`,

  programFormat: { online: 'Online', live: 'In person', rss: 'Regularly Scheduled Series', blended: 'Blended: online with live sessions' },
  durationMonths: (months, formatted) => (months === 1 ? '1 month' : `${formatted} months`),
  durationLabel: 'Duration',
  formatLabel: 'Format',
  audienceLabel: 'For',
  cohortLabel: 'Next cohort',
  deadlineLabel: 'Apply by',
  feeLabel: 'Fee',
  languageLabel: 'Language of instruction',
  venueLabel: 'Live sessions in',
  applicationsClose: (relative) => `Applications close ${relative}`,
  applicationsClosed: 'Applications closed',
  apply: 'Apply',
  applyFor: (title) => `Apply: ${title}`,
  notOffered: (region) => `This program is not yet offered in ${region}.`,
  seeBaseProgram: 'See the program as offered by HMS',
  programsLabel: 'Programs',
  noPrograms: 'No programs are offered here yet.',
  programNotFound: (id) => `This catalog has no program with the id "${id}".`,

  postKind: { news: 'News', blog: 'Blog' },
  byAuthor: (name) => `By ${name}`,
  newsLabel: 'News and blog posts',
  noPosts: 'Nothing has been published yet.',

  offeringsCount: (count, formatted) => (count === 1 ? '1 current offering' : `${formatted} current offerings`),

  calendarLabel: 'Course calendar',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  today: 'Today',
  viewLabel: 'View',
  monthView: 'Month',
  agendaView: 'Agenda',
  calendarTimesIn: 'Times in',
  calendarYourTime: (zone) => `Your time (${zone})`,
  courseTimes: "Each course's time",
  courseTimeOf: (time) => `Course time: ${time}`,
  moreSessions: (_count, formatted) => `+${formatted} more`,
  sessionsOn: (date) => `Sessions on ${date}`,
  noSessionsMonth: 'No sessions this month.',
  monthStatus: (month, sessions) => `${month}: ${sessions}`,
  closeDay: 'Close',
  addSessions: (count, formatted) => (count === 1 ? 'Add 1 session to a calendar' : `Add these ${formatted} sessions to a calendar`),
  googleCalendar: 'Google Calendar',
  outlookCalendar: 'Outlook.com',
  office365Calendar: 'Microsoft 365',
  icsFile: 'Apple Calendar and others (.ics)',
  subscribeLabel: 'Subscribe',
  subscribeWebcal: 'Subscribe in Apple Calendar or Outlook',
  subscribeGoogle: 'Subscribe in Google Calendar',

  save: 'Save',
  saved: 'Saved',
  saveCourse: (title) => `Save: ${title}`,
  savedCourse: (title) => `Saved: ${title}`,
  savedLabel: 'Saved courses',
  savedCount: (count, formatted) => (count === 1 ? '1 saved course' : `${formatted} saved courses`),
  savedEmpty: 'No saved courses yet.',
  savedEmptyHow: 'Choose “Save” on a course to keep it here. Your list stays in this browser and is sent nowhere.',
  noLongerOffered: 'No longer offered',
  unknownCourse: (id) => `Course ${id}`,
  remove: 'Remove',
  removeCourse: (title) => `Remove: ${title}`,
  copyLink: 'Copy a link to this list',
  linkCopied: 'Link copied',
  linkLabel: 'Link to this list',
  sharedList: (count, formatted) => (count === 1 ? 'Shared with you: 1 course' : `Shared with you: ${formatted} courses`),
  keepShared: 'Save these courses',
  showMine: 'Show my saved courses',
  filtersButton: 'Filters',
  filtersToggle: (count, formatted) => (count === 0 ? 'Filters' : count === 1 ? 'Filters, 1 active' : `Filters, ${formatted} active`),
};
