// A server command for the browser tests: `executeServerCommand('hms-offline-for', { ms: 1500 })`
// takes the test page's tab offline through the DevTools protocol (as DevTools' "Offline" does:
// requests fail, navigator.onLine is false, `offline` and `online` events fire) and back online
// after `ms`. The command answers once the tab is online again: while it is offline the test
// runner's own connection to the page is cut too, so the page cannot ask to come back itself.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function networkCommand() {
  return {
    name: 'hms-network-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hms-offline-for') return undefined;
      const page = session.browser.getPage(session.id);
      await page.setOfflineMode(true);
      try {
        await sleep(Math.min(Number(payload?.ms) || 1000, 10_000));
      } finally {
        await page.setOfflineMode(false);
      }
      return true;
    },
  };
}
