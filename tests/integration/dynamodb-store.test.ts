import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DescribeTableCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbClient } from '../../functions/adapters/dynamodb/create-dynamodb-client.js';
import { DynamoDbStore } from '../../functions/adapters/dynamodb/dynamodb-store.js';
import { startEmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamo.js';
import type { EmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamo.js';
import { ensureTables } from '../../functions/adapters/dynamodb/ensure-tables.js';
import type { StoredItem } from '../../functions/core/ports.js';
import { TABLES, tableNamesFor } from '../../functions/tables/table-definitions.js';
import { aSource, aVerdict, anIncident } from '../support/factories.js';

const tables = tableNamesFor('ceasefire-watch');

function aStoredItem(overrides: Partial<StoredItem> = {}): StoredItem {
  return {
    itemId: 'item-1',
    feedId: 'frontline-herald',
    url: 'https://frontline-herald.example.net/2024/05/02/shelling-north-ridge',
    title: 'Shelling reported near North Ridge hours after truce took effect',
    published: '2024-05-02T08:10:00Z',
    recordedAt: '2024-05-02T09:00:00.000Z',
    verdict: aVerdict({
      region: 'North Ridge',
      incidentDate: '2024-05-02',
      places: ['north ridge'],
      evidence: ['Residents said shells fell on North Ridge shortly after the truce began.'],
    }),
    pending: true,
    ...overrides,
  };
}

async function temporaryFolder(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'ceasefire-watch-store-'));
}

async function openStore(dataDir: string) {
  const dynamo = await startEmbeddedDynamo({ dataDir });
  const client = createDynamoDbClient({ endpoint: dynamo.endpoint });
  await ensureTables(client, tables);
  return { dynamo, client, store: new DynamoDbStore(client, tables) };
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('DynamoDbStore on embedded dynalite', () => {
  let dataDir: string;
  let dynamo: EmbeddedDynamo;
  let client: DynamoDBClient;
  let documents: DynamoDBDocumentClient;
  let store: DynamoDbStore;

  beforeAll(async () => {
    dataDir = await temporaryFolder();
    ({ dynamo, client, store } = await openStore(dataDir));
    documents = DynamoDBDocumentClient.from(client);
  });

  afterAll(async () => {
    client?.destroy();
    await dynamo?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function storedRecord(table: string, key: Record<string, string>) {
    const { Item } = await documents.send(
      new GetCommand({ TableName: table, Key: key, ConsistentRead: true }),
    );
    return Item;
  }

  describe('ensureTables', () => {
    it('creates every table with its indexes, and a second call changes nothing', async () => {
      await ensureTables(client, tables);
      const { TableNames } = await client.send(new ListTablesCommand({}));
      expect(TableNames).toEqual(expect.arrayContaining(Object.values(tables)));
      for (const definition of TABLES) {
        const { Table } = await client.send(
          new DescribeTableCommand({ TableName: tables[definition.logicalName] }),
        );
        expect(Table?.TableStatus).toBe('ACTIVE');
        expect(
          (Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName).sort(),
        ).toEqual(definition.globalIndexes.map((index) => index.indexName).sort());
      }
    });
  });

  describe('feed state', () => {
    it('returns what was put, and undefined for a feed never seen', async () => {
      const state = {
        feedId: 'frontline-herald',
        url: 'https://frontline-herald.example.net/rss',
        etag: '"abc123"',
        lastPolledAt: '2024-05-02T09:00:00.000Z',
        consecutiveFailures: 2,
        lastError: 'HTTP 503 Service Unavailable',
      };
      await store.putFeedState(state);
      expect(await store.getFeedState('frontline-herald')).toEqual(state);
      expect(await store.getFeedState('never-polled')).toBeUndefined();
    });
  });

  describe('items', () => {
    it('records an item once: the second recordItem is false and keeps the first record', async () => {
      expect(await store.recordItem(aStoredItem({ itemId: 'item-once' }))).toBe(true);
      expect(
        await store.recordItem(aStoredItem({ itemId: 'item-once', title: 'A later headline' })),
      ).toBe(false);
      const record = await storedRecord(tables.Items, { itemId: 'item-once' });
      expect(record?.title).toBe(aStoredItem().title);
    });

    it('sets the expiry 180 days after recordedAt by default, and as configured', async () => {
      const recordedAt = '2024-05-02T09:00:00.000Z';
      const recordedSeconds = Date.parse(recordedAt) / 1000;
      await store.recordItem(aStoredItem({ itemId: 'item-ttl-default', recordedAt }));
      const shortLived = new DynamoDbStore(client, tables, { itemTtlDays: 7 });
      await shortLived.recordItem(aStoredItem({ itemId: 'item-ttl-seven', recordedAt }));

      const byDefault = await storedRecord(tables.Items, { itemId: 'item-ttl-default' });
      const configured = await storedRecord(tables.Items, { itemId: 'item-ttl-seven' });
      expect(byDefault?.expiresAt).toBe(recordedSeconds + 180 * 86_400);
      expect(configured?.expiresAt).toBe(recordedSeconds + 7 * 86_400);
    });

    it('tells which ids are known, across more ids than one batch read takes', async () => {
      await store.recordItem(aStoredItem({ itemId: 'known-a', pending: false }));
      await store.recordItem(aStoredItem({ itemId: 'known-b', pending: false }));
      const asked = Array.from({ length: 230 }, (_, index) => `unknown-${index}`);
      asked.splice(7, 0, 'known-a');
      asked.push('known-b', 'known-b');

      expect(await store.knownItemIds(asked)).toEqual(new Set(['known-a', 'known-b']));
      expect(await store.knownItemIds([])).toEqual(new Set());
    });

    it('records settled items in batches, known by their ids, never over a violation', async () => {
      const violation = aStoredItem({ itemId: 'both-ways', pending: true });
      expect(await store.recordItem(violation)).toBe(true);
      const settled = Array.from({ length: 60 }, (_, index) =>
        aStoredItem({ itemId: `settled-${index}`, pending: false }),
      );
      // Another run read the same item as no violation, and a feed repeated one of its items.
      const other = aStoredItem({ itemId: 'both-ways', pending: false, title: 'Read otherwise' });
      await store.recordSettledItems([...settled, other, settled[3]!]);

      const asked = ['settled-0', 'settled-59', 'both-ways', 'never-seen'];
      expect(await store.knownItemIds(asked)).toEqual(
        new Set(['settled-0', 'settled-59', 'both-ways']),
      );
      const kept = await storedRecord(tables.Items, { itemId: 'both-ways' });
      expect(kept).toMatchObject({ pending: true, title: violation.title });
      expect((await store.listPendingItems()).map((item) => item.itemId)).toContain('both-ways');
      const record = await storedRecord(tables.Items, { itemId: 'settled#settled-59' });
      expect(record).toMatchObject({ pending: false, title: settled[59]!.title });
      expect(record?.expiresAt).toBe(Date.parse(settled[59]!.recordedAt) / 1000 + 180 * 86_400);
      await store.recordSettledItems([]);
    });

    it('lists pending items until they are marked done, with their incident', async () => {
      const first = aStoredItem({ itemId: 'pending-1', recordedAt: '2024-05-03T10:00:00.000Z' });
      const second = aStoredItem({
        itemId: 'pending-2',
        recordedAt: '2024-05-03T10:05:00.000Z',
        url: undefined,
        title: null,
      });
      await store.recordItem(first);
      await store.recordItem(second);
      await store.recordItem(aStoredItem({ itemId: 'finished-early', pending: false }));

      const pendingIds = (await store.listPendingItems()).map((item) => item.itemId);
      expect(pendingIds).toEqual(expect.arrayContaining(['pending-1', 'pending-2']));
      expect(pendingIds).not.toContain('finished-early');
      const listedSecond = (await store.listPendingItems()).find((i) => i.itemId === 'pending-2');
      expect(listedSecond).toEqual({ ...second, url: undefined });
      expect(listedSecond).not.toHaveProperty('url');

      await store.markItemDone('pending-1', 'inc-pending-1');
      await store.markItemDone('pending-2', null);

      const stillPending = (await store.listPendingItems()).map((item) => item.itemId);
      expect(stillPending).not.toContain('pending-1');
      expect(stillPending).not.toContain('pending-2');
      const done = await storedRecord(tables.Items, { itemId: 'pending-1' });
      expect(done).toMatchObject({ pending: false, incidentId: 'inc-pending-1' });
      expect(done).not.toHaveProperty('pendingKey');
    });

    it('refuses to mark an item done that was never recorded', async () => {
      await expect(store.markItemDone('never-recorded', null)).rejects.toThrow(
        /item never-recorded .*ceasefire-watch-items/,
      );
    });
  });

  describe('incidents', () => {
    it('finds the incidents of a region from a date on, whole', async () => {
      const early = anIncident({
        incidentId: 'inc-find-early',
        region: 'Lowland',
        eventDate: '2024-04-28',
      });
      const onDate = anIncident({
        incidentId: 'inc-find-on',
        region: 'Lowland',
        eventDate: '2024-05-01',
      });
      const later = anIncident({
        incidentId: 'inc-find-later',
        region: 'Lowland',
        eventDate: '2024-05-09',
      });
      const elsewhere = anIncident({
        incidentId: 'inc-find-other',
        region: 'Upland',
        eventDate: '2024-05-09',
      });
      for (const incident of [early, onDate, later, elsewhere]) {
        expect(await store.saveIncident(incident, 0)).toBe(true);
      }

      const found = await store.findIncidents('Lowland', '2024-05-01');
      expect(found.map((incident) => incident.incidentId).sort()).toEqual([
        'inc-find-later',
        'inc-find-on',
      ]);
      expect(found.find((incident) => incident.incidentId === 'inc-find-on')).toEqual(onDate);
      expect(await store.findIncidents('Nowhere', '2000-01-01')).toEqual([]);
    });

    it('creates an incident only once', async () => {
      const incident = anIncident({ incidentId: 'inc-create-once' });
      expect(await store.saveIncident(incident, 0)).toBe(true);
      expect(await store.saveIncident({ ...incident, title: 'Another title' }, 0)).toBe(false);
    });

    it('lets exactly one of two writers with the same expected revision win', async () => {
      const incident = anIncident({ incidentId: 'inc-race' });
      await store.saveIncident(incident, 0);
      const results = await Promise.all([
        store.saveIncident(
          { ...incident, title: 'Writer one', version: 2, killed: 4, revision: 2 },
          1,
        ),
        store.saveIncident(
          { ...incident, title: 'Writer two', version: 2, killed: 5, revision: 2 },
          1,
        ),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results[0] ? 'Writer one' : 'Writer two';
      const stored = await store.findIncidents(incident.region, incident.eventDate);
      expect(stored.find((i) => i.incidentId === 'inc-race')?.title).toBe(winner);
      expect(await store.saveIncident({ ...incident, version: 3, revision: 2 }, 1)).toBe(false);
    });

    it('makes a rewrite that changes no version conflict with a concurrent writer', async () => {
      const incident = anIncident({ incidentId: 'inc-race-quiet' });
      await store.saveIncident(incident, 0);
      const quiet = {
        ...incident,
        lastSeenAt: '2023-03-05T16:00:00.000Z',
        sources: [...incident.sources, aSource({ itemId: 'item-quiet' })],
        revision: 2,
      };
      const material = {
        ...incident,
        title: 'Material writer',
        version: 2,
        killed: 8,
        revision: 2,
      };
      const results = await Promise.all([
        store.saveIncident(quiet, 1),
        store.saveIncident(material, 1),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const [stored] = (await store.findIncidents(incident.region, incident.eventDate)).filter(
        (i) => i.incidentId === 'inc-race-quiet',
      );
      expect(stored).toEqual(results[0] ? quiet : material);
    });

    it('rewrites over the revision read even when the version stays, and refuses a stale one', async () => {
      const incident = anIncident({ incidentId: 'inc-revision' });
      await store.saveIncident(incident, 0);
      const rewritten = { ...incident, lastSeenAt: '2023-03-05T17:00:00.000Z', revision: 2 };
      expect(await store.saveIncident(rewritten, 1)).toBe(true);

      const stale = { ...incident, title: 'Read before the rewrite', revision: 2 };
      expect(await store.saveIncident(stale, 1)).toBe(false);
      const [stored] = (await store.findIncidents(incident.region, incident.eventDate)).filter(
        (i) => i.incidentId === 'inc-revision',
      );
      expect(stored).toEqual(rewritten);
      expect(await store.saveIncident({ ...rewritten, revision: 3 }, 2)).toBe(true);
    });

    it('lists an incident as awaiting alert exactly while its version is ahead of the alerted one', async () => {
      const id = 'inc-awaiting';
      const awaitingIds = async () =>
        (await store.listIncidentsAwaitingAlert()).map((incident) => incident.incidentId);
      const incident = anIncident({ incidentId: id, version: 1, alertedVersion: 0 });

      await store.saveIncident(incident, 0);
      expect(await awaitingIds()).toContain(id);

      await store.markAlerted(id, 1);
      expect(await awaitingIds()).not.toContain(id);

      // A merge that read the incident before the alert went out still carries alertedVersion 0.
      expect(
        await store.saveIncident(
          { ...incident, lastSeenAt: '2024-05-02T12:00:00.000Z', revision: 2 },
          1,
        ),
      ).toBe(true);
      expect(await awaitingIds()).not.toContain(id);
      const [kept] = (await store.findIncidents(incident.region, incident.eventDate)).filter(
        (i) => i.incidentId === id,
      );
      expect(kept?.alertedVersion).toBe(1);

      const merged = { ...incident, version: 2, killed: 6, revision: 3 };
      expect(await store.saveIncident(merged, 2)).toBe(true);
      const listed = (await store.listIncidentsAwaitingAlert()).find((i) => i.incidentId === id);
      expect(listed).toEqual({ ...merged, alertedVersion: 1 });

      const alreadyAlerted = anIncident({
        incidentId: 'inc-born-alerted',
        version: 2,
        alertedVersion: 2,
      });
      await store.saveIncident(alreadyAlerted, 0);
      expect(await awaitingIds()).not.toContain('inc-born-alerted');
    });
  });

  describe('alert claims', () => {
    const t0 = '2024-05-02T10:00:00.000Z';
    const at = (seconds: number) => new Date(Date.parse(t0) + seconds * 1000).toISOString();

    it('holds a claim until its lease ends, then lets another run take it', async () => {
      const id = 'inc-claim-lease';
      await store.saveIncident(anIncident({ incidentId: id }), 0);

      expect(await store.claimAlert(id, 1, at(0), at(60))).toBe(true);
      expect(await store.claimAlert(id, 1, at(30), at(90))).toBe(false);
      expect(await store.claimAlert(id, 1, at(61), at(121))).toBe(true);
    });

    it('refuses a version once alerted, and accepts the next version', async () => {
      const id = 'inc-claim-alerted';
      const incident = anIncident({ incidentId: id });
      await store.saveIncident(incident, 0);
      expect(await store.claimAlert(id, 1, at(0), at(60))).toBe(true);
      await store.markAlerted(id, 1);

      expect(await store.claimAlert(id, 1, at(1000), at(1060))).toBe(false);
      await store.saveIncident({ ...incident, version: 2, killed: 7, revision: 2 }, 1);
      expect(await store.claimAlert(id, 2, at(1001), at(1061))).toBe(true);
    });

    it('lets a newer version take over an unexpired claim on an older one', async () => {
      const id = 'inc-claim-newer';
      const incident = anIncident({ incidentId: id });
      await store.saveIncident(incident, 0);
      expect(await store.claimAlert(id, 1, at(0), at(60))).toBe(true);
      await store.saveIncident({ ...incident, version: 2, revision: 2 }, 1);

      expect(await store.claimAlert(id, 2, at(5), at(65))).toBe(true);
      expect(await store.claimAlert(id, 2, at(6), at(66))).toBe(false);
    });

    it('refuses a version the incident has not reached', async () => {
      const id = 'inc-claim-future';
      await store.saveIncident(anIncident({ incidentId: id }), 0);
      expect(await store.claimAlert(id, 2, at(0), at(60))).toBe(false);
    });

    it('drops a claim on release, but only for the version claimed', async () => {
      const id = 'inc-claim-release';
      await store.saveIncident(anIncident({ incidentId: id }), 0);
      expect(await store.claimAlert(id, 1, at(0), at(60))).toBe(true);

      await store.releaseAlert(id, 2);
      expect(await store.claimAlert(id, 1, at(1), at(61))).toBe(false);

      await store.releaseAlert(id, 1);
      expect(await store.claimAlert(id, 1, at(2), at(62))).toBe(true);
    });

    it('never lowers the alerted version, and keeps a newer version awaiting', async () => {
      const id = 'inc-alerted-order';
      const incident = anIncident({ incidentId: id });
      await store.saveIncident(incident, 0);
      await store.saveIncident({ ...incident, version: 2, revision: 2 }, 1);
      expect(await store.claimAlert(id, 1, at(0), at(60))).toBe(true);

      await store.markAlerted(id, 1);
      let record = await storedRecord(tables.Incidents, { incidentId: id });
      expect(record).toMatchObject({ alertedVersion: 1, awaitingAlert: expect.any(String) });
      expect(record).not.toHaveProperty('claimVersion');

      await store.markAlerted(id, 2);
      await store.markAlerted(id, 1);
      record = await storedRecord(tables.Incidents, { incidentId: id });
      expect(record?.alertedVersion).toBe(2);
      expect(record).not.toHaveProperty('awaitingAlert');
    });

    it("keeps another run's claim on a newer version when an older version is marked alerted", async () => {
      const id = 'inc-alerted-keeps-claim';
      const incident = anIncident({ incidentId: id });
      await store.saveIncident(incident, 0);
      expect(await store.claimAlert(id, 1, at(0), at(60))).toBe(true);
      await store.saveIncident({ ...incident, version: 2, revision: 2 }, 1);
      expect(await store.claimAlert(id, 2, at(1), at(61))).toBe(true);

      await store.markAlerted(id, 1);
      expect(await store.claimAlert(id, 2, at(2), at(62))).toBe(false);
    });

    it('reports an incident that does not exist instead of answering false', async () => {
      await expect(store.claimAlert('inc-missing', 1, at(0), at(60))).rejects.toThrow(
        /inc-missing.*ceasefire-watch-incidents/,
      );
      await expect(store.markAlerted('inc-missing', 1)).rejects.toThrow(/inc-missing/);
    });
  });
});

describe('embedded store data folder', () => {
  const folders: string[] = [];
  afterAll(async () => {
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('remembers items and incidents after a close and restart on the same folder', async () => {
    const dataDir = await temporaryFolder();
    folders.push(dataDir);
    const first = await openStore(dataDir);
    await first.store.recordItem(aStoredItem({ itemId: 'item-persisted' }));
    await first.store.saveIncident(anIncident({ incidentId: 'inc-persisted' }), 0);
    first.client.destroy();
    await first.dynamo.close();

    const second = await openStore(dataDir);
    try {
      expect(await second.store.recordItem(aStoredItem({ itemId: 'item-persisted' }))).toBe(false);
      expect((await second.store.listPendingItems()).map((i) => i.itemId)).toContain(
        'item-persisted',
      );
      expect((await second.store.listIncidentsAwaitingAlert()).map((i) => i.incidentId)).toContain(
        'inc-persisted',
      );
    } finally {
      second.client.destroy();
      await second.dynamo.close();
    }
  });

  it('refuses a folder already open in this process, with a clear error', async () => {
    const dataDir = await temporaryFolder();
    folders.push(dataDir);
    const running = await startEmbeddedDynamo({ dataDir });
    try {
      await expect(startEmbeddedDynamo({ dataDir })).rejects.toThrow(
        `the data folder ${dataDir} is in use by another ceasefire-watch run`,
      );
    } finally {
      await running.close();
    }
    const reopened = await startEmbeddedDynamo({ dataDir });
    await reopened.close();
  });

  it('refuses a folder held by another process, with a clear error', async () => {
    const dataDir = await temporaryFolder();
    folders.push(dataDir);
    const holder = await startHolderProcess(dataDir);
    try {
      await expect(startEmbeddedDynamo({ dataDir })).rejects.toThrow(
        `the data folder ${dataDir} is in use by another ceasefire-watch run`,
      );
    } finally {
      await stopProcess(holder);
    }
  });

  it('fails with the table and key when the endpoint is unreachable', async () => {
    const client = createDynamoDbClient({ endpoint: `http://127.0.0.1:${await closedPort()}` });
    const store = new DynamoDbStore(client, tables);
    try {
      await expect(store.getFeedState('frontline-herald')).rejects.toThrow(
        /ceasefire-watch-feeds.*feedId "frontline-herald".*ECONNREFUSED/,
      );
    } finally {
      client.destroy();
    }
  });
});

/** Another process running the embedded store on `dataDir`, as a second ceasefire-watch run would. */
async function startHolderProcess(dataDir: string): Promise<ChildProcess> {
  const module = path.resolve('functions/adapters/dynamodb/embedded-dynamo.ts');
  const script = `
    const { startEmbeddedDynamo } = await import(${JSON.stringify(pathToFileURL(module).href)});
    const dynamo = await startEmbeddedDynamo({ dataDir: process.argv[1] });
    console.log('ready');
    process.stdin.on('end', () => dynamo.close().then(() => process.exit(0)));
    process.stdin.resume();
  `;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script, dataDir],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`the holder process exited with code ${code}: ${errors}`)),
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
  });
  return child;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  await exited;
}
