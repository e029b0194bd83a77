/**
 * Mocha root hooks for the whole run (registered in `.mocharc.json`). After every test has run,
 * the log files the run wrote are scanned for the secrets and personal data the tests registered
 * (`helpers/secrets.ts`): a password, session id, TOTP secret, recovery code or fixture name in a
 * log fails the run, naming the kind of secret and the file, never the secret itself. The
 * reliability tests' rows (`helpers/reliability.ts`) are written to test/artifacts/reliability.md.
 */
import { registeredSecrets } from './helpers/secrets.ts';
import { runLogDir, scanLogFiles } from './helpers/logs.ts';
import { writeReliabilityReport } from './helpers/reliability.ts';

export const mochaHooks = {
  async afterAll(this: Mocha.Context): Promise<void> {
    this.timeout(60_000);
    const report = await writeReliabilityReport();
    if (report) console.log(`  reliability report: ${report}`);
    const leaks = await scanLogFiles(runLogDir(), registeredSecrets());
    if (leaks.length > 0) {
      const found = leaks.map((leak) => `a ${leak.kind} in ${leak.file} line ${leak.line}`).join('; ');
      throw new Error(`secrets appeared in the test run's logs (${runLogDir()}): ${found}`);
    }
  },
};
