// Headless Chromium for the tests that render govcat's pages: Debian's package (installed by .ci/run), driven by
// playwright-core, offline (no background networking, no component updates).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Whether the browser is there; when not, says once which tests `who` skips. */
export function chromiumOr(who: string): boolean {
  if (!HAS_CHROMIUM) console.warn(`${who}: skipping: ${CHROMIUM} is not installed (CI installs Debian's chromium)`);
  return HAS_CHROMIUM;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
