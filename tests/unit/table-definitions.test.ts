import { describe, expect, it } from 'vitest';
import { TABLES, tableNamesFor } from '../../functions/tables/table-definitions.js';

describe('tableNamesFor', () => {
  it('names each table after the prefix and its logical name', () => {
    expect(tableNamesFor('ceasefire-watch')).toEqual({
      Feeds: 'ceasefire-watch-feeds',
      Items: 'ceasefire-watch-items',
      Incidents: 'ceasefire-watch-incidents',
    });
  });

  it('covers every table of TABLES', () => {
    expect(Object.keys(tableNamesFor('cw')).sort()).toEqual(
      TABLES.map((table) => table.logicalName).sort(),
    );
  });

  it.each(['', 'has space', 'slash/name', 'x'.repeat(241)])('rejects the prefix "%s"', (prefix) => {
    expect(() => tableNamesFor(prefix)).toThrow(/table name prefix .* is invalid/);
  });
});

describe('TABLES', () => {
  it('declares each key attribute with one type only', () => {
    for (const table of TABLES) {
      const types = new Map<string, string>();
      const keys = [
        table.partitionKey,
        table.sortKey,
        ...table.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
      ];
      for (const key of keys) {
        if (!key) continue;
        expect(types.get(key.name) ?? key.type, `${table.logicalName}.${key.name}`).toBe(key.type);
        types.set(key.name, key.type);
      }
    }
  });
});
