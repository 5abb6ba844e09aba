// Copied into src/ by test/hosts/run.mjs: tsc must reject it, or the tag types accept anything.
export const Misspelled = () => <hms-course-list modalty="live" />;
