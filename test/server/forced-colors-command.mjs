// A server command for the browser tests: `executeServerCommand('hms-forced-colors', { active: true })`
// emulates forced colors (Windows high contrast) in the test page's tab through the DevTools protocol,
// as DevTools' "Emulate CSS media feature forced-colors" does: the browser then paints the page with
// the system palette. (@web/test-runner-commands' emulateMedia drops `forcedColors` under puppeteer.)
// The override lives as long as its DevTools session, kept here until the test turns it off.
const sessions = new Map();

export function forcedColorsCommand() {
  return {
    name: 'hms-forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hms-forced-colors') return undefined;
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      if (!payload?.active) {
        sessions.delete(session.id);
        await cdp.detach();
      }
      return true;
    },
  };
}
