// The five seed articles kept beside the repository (../shared/seeds, labels in
// ../shared/data/seeds.jsonl), given to the whole pipeline as one local feed, on the embedded store:
// how many violations, incidents and alerts come out, against the incidents the labels name.
// Run: npm run bench:seeds
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDbStore } from '../functions/adapters/dynamodb/dynamodb-store.js';
import { createDynamoDbClient } from '../functions/adapters/dynamodb/create-dynamodb-client.js';
import { startEmbeddedDynamo } from '../functions/adapters/dynamodb/embedded-dynamo.js';
import { ensureTables } from '../functions/adapters/dynamodb/ensure-tables.js';
import { createFeedSource } from '../functions/adapters/feed-source.js';
import { systemClock } from '../functions/adapters/system-clock.js';
import { loadDefaultClassifier } from '../functions/core/classify/default-classifier.js';
import type { Alert } from '../functions/core/model.js';
import { runCycle } from '../functions/core/pipeline/run-cycle.js';
import { tableNamesFor } from '../functions/tables/table-definitions.js';

interface SeedLabel {
  id: string;
  title: string | null;
  source: string;
  incident: string;
  region: string;
  killed: number | null;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const labelsPath = path.resolve(root, '../shared/data/seeds.jsonl');
const seedsDir = path.resolve(root, '../shared');

if (!existsSync(labelsPath)) {
  console.log(
    '../shared/data/seeds.jsonl not found: this check needs the seed articles beside the repository; skipping.',
  );
  process.exit(0);
}

const labels = readFileSync(labelsPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as SeedLabel);

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Each page becomes one feed item as a publisher would send it: its text as paragraphs, no date.
const items = labels.map((label) => {
  const text = readFileSync(path.join(seedsDir, label.source), 'utf8');
  const html = text
    .split(/\n+/)
    .map((paragraph) => `<p>${escapeXml(paragraph)}</p>`)
    .join('');
  const title = label.title === null ? '' : `<title>${escapeXml(label.title)}</title>`;
  return `<item>${title}<link>https://seeds.example/${label.id}</link><description>${escapeXml(html)}</description></item>`;
});

const work = mkdtempSync(path.join(tmpdir(), 'cw-seeds-'));
const feedPath = path.join(work, 'seeds.xml');
writeFileSync(
  feedPath,
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>seeds</title>${items.join('')}</channel></rss>`,
);

const embedded = await startEmbeddedDynamo({ dataDir: path.join(work, 'data') });
const client = createDynamoDbClient({ endpoint: embedded.endpoint });
const tables = tableNamesFor('seeds-check');
await ensureTables(client, tables);
const sent: Alert[] = [];
try {
  const report = await runCycle([{ id: 'seeds', url: feedPath, fetchArticle: false }], {
    store: new DynamoDbStore(client, tables),
    source: createFeedSource(),
    notifier: { publish: async (alert) => void sent.push(alert) },
    clock: systemClock,
    classifier: loadDefaultClassifier(),
  });
  const outcome = report.feeds[0];
  const violations = outcome?.status === 'ok' ? outcome.violations : 0;
  const expectedIncidents = new Set(labels.map((label) => label.incident)).size;

  console.log(`seeds: ${labels.length} items (${labelsPath})`);
  console.log(`violations: ${violations} (expected ${labels.length})`);
  console.log(`incidents:  ${report.fold.opened} (expected ${expectedIncidents})`);
  console.log(`alerts:     ${sent.length} (expected ${expectedIncidents})`);
  for (const alert of sent) {
    const seedIds = alert.sources.map((source) => source.url?.split('/').pop()).join(', ');
    const expected = labels.find((label) => seedIds.includes(label.id));
    console.log(
      `  ${alert.region}, killed ${alert.killed ?? '?'} <- ${seedIds}` +
        (expected ? `  (labels: ${expected.incident}, killed ${expected.killed ?? '?'})` : ''),
    );
  }
  const ok =
    violations === labels.length &&
    report.fold.opened === expectedIncidents &&
    sent.length === expectedIncidents;
  console.log(ok ? 'seeds check: PASS' : 'seeds check: FAIL');
  process.exitCode = ok ? 0 : 1;
} finally {
  client.destroy();
  await embedded.close();
  rmSync(work, { recursive: true, force: true });
}
