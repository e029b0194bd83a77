/**
 * The importer half of import-crash.test.ts: receives a file and imports it into a store on
 * disk, printing one line per step, so that the parent can kill it with SIGKILL at a chosen one:
 *   job <id>
 *   progress <done> <total>
 *   done
 *
 * Usage: node import-crash-child.ts <dataDir> <file> <batchSize>
 */
import { ImportService } from '../../node/import/index.ts';
import { openStore } from '../../node/store/index.ts';

const [dataDir, file, batchSize] = process.argv.slice(2);
const store = await openStore(dataDir!, { country: 'KE' });
const imports = new ImportService({
  kv: store.kv,
  store,
  dataDir: dataDir!,
  country: 'KE',
  batchSize: Number(batchSize),
});
const job = await imports.receiveFile(file!, { by: 'ana', dryRun: false });
process.stdout.write(`job ${job.id}\n`);
await imports.runImport(job.id, {
  onProgress: (done, total) => process.stdout.write(`progress ${done} ${total}\n`),
});
process.stdout.write('done\n');
await imports.close();
await store.close();
