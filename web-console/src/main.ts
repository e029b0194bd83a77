/**
 * The console's entry point: starts the languages and the shell. Everything else (screens,
 * vocabularies, Chart.js) is loaded by the shell when first needed.
 *
 * @example
 *   node web-console/build.ts   # bundles this file into web-console/dist
 */
import './cen-app.ts';
import { startI18n } from './i18n/index.ts';

void startI18n();
