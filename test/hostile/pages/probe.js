// Loaded first by the strict host pages: records, for the test in the parent page, every CSP
// violation, uncaught error, unhandled rejection, hms-load and hms-error on this page.
window.hmsProbe = { violations: [], errors: [], loads: [], failures: [], warnings: [], logged: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.hmsProbe.violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
});
window.addEventListener('error', (event) => window.hmsProbe.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.hmsProbe.errors.push(`unhandled: ${String(event.reason)}`));
document.addEventListener('hms-load', (event) => window.hmsProbe.loads.push(event.target.localName));
document.addEventListener('hms-error', (event) => window.hmsProbe.failures.push(`${event.target.localName}: ${event.detail.message}`));
const warn = console.warn;
console.warn = (...args) => {
  window.hmsProbe.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
const error = console.error;
console.error = (...args) => {
  window.hmsProbe.logged.push(args.map(String).join(' '));
  error.apply(console, args);
};
