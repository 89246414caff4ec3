import type { FeedState, Incident } from '../../functions/core/model.js';
import type { Store, StoredItem } from '../../functions/core/ports.js';

/**
 * The Store contract in memory, for fast tests of the core. It keeps the same conditional semantics
 * as the DynamoDB adapter (the integration tests check that one against dynalite).
 */
export class InMemoryStore implements Store {
  readonly feeds = new Map<string, FeedState>();
  readonly items = new Map<string, StoredItem>();
  readonly incidents = new Map<string, Incident & { claimVersion?: number; claimUntil?: string }>();
  writes = 0;

  async getFeedState(feedId: string): Promise<FeedState | undefined> {
    return clone(this.feeds.get(feedId));
  }

  async putFeedState(state: FeedState): Promise<void> {
    this.writes += 1;
    this.feeds.set(state.feedId, clone(state));
  }

  async knownItemIds(itemIds: readonly string[]): Promise<Set<string>> {
    return new Set(itemIds.filter((id) => this.items.has(id)));
  }

  async recordItem(item: StoredItem): Promise<boolean> {
    if (this.items.has(item.itemId)) return false;
    this.writes += 1;
    this.items.set(item.itemId, clone(item));
    return true;
  }

  async recordSettledItems(items: readonly StoredItem[]): Promise<void> {
    if (items.length === 0) return;
    this.writes += 1;
    for (const item of items) {
      if (!this.items.has(item.itemId)) this.items.set(item.itemId, clone(item));
    }
  }

  async listPendingItems(): Promise<StoredItem[]> {
    return [...this.items.values()].filter((item) => item.pending).map(clone);
  }

  async markItemDone(itemId: string, incidentId: string | null): Promise<void> {
    const item = this.items.get(itemId);
    if (!item) throw new Error(`no item ${itemId}`);
    this.writes += 1;
    this.items.set(itemId, { ...item, pending: false, ...(incidentId ? { incidentId } : {}) });
  }

  foldLease: { holder: string; leaseUntil: string } | undefined;

  async claimFoldLease(holder: string, now: string, leaseUntil: string): Promise<boolean> {
    const lease = this.foldLease;
    if (lease !== undefined && lease.holder !== holder && lease.leaseUntil >= now) return false;
    this.foldLease = { holder, leaseUntil };
    return true;
  }

  async releaseFoldLease(holder: string): Promise<void> {
    if (this.foldLease?.holder === holder) this.foldLease = undefined;
  }

  async findIncidents(region: string, sinceDate: string): Promise<Incident[]> {
    return [...this.incidents.values()]
      .filter((incident) => incident.region === region && incident.eventDate >= sinceDate)
      .map(withoutClaim);
  }

  async saveIncident(incident: Incident, expectedRevision: number): Promise<boolean> {
    const current = this.incidents.get(incident.incidentId);
    if ((current?.revision ?? 0) !== expectedRevision) return false;
    this.writes += 1;
    this.incidents.set(incident.incidentId, {
      ...clone(incident),
      alertedVersion: current?.alertedVersion ?? incident.alertedVersion,
      ...(current?.claimVersion === undefined
        ? {}
        : { claimVersion: current.claimVersion, claimUntil: current.claimUntil }),
    });
    return true;
  }

  async listIncidentsAwaitingAlert(): Promise<Incident[]> {
    return [...this.incidents.values()]
      .filter((incident) => incident.version > incident.alertedVersion)
      .map(withoutClaim);
  }

  async claimAlert(
    incidentId: string,
    version: number,
    now: string,
    leaseUntil: string,
  ): Promise<boolean> {
    const incident = this.incidents.get(incidentId);
    if (!incident || incident.alertedVersion >= version) return false;
    const heldByOther =
      incident.claimVersion !== undefined &&
      incident.claimVersion >= version &&
      (incident.claimUntil ?? '') >= now;
    if (heldByOther) return false;
    this.writes += 1;
    incident.claimVersion = version;
    incident.claimUntil = leaseUntil;
    return true;
  }

  async markAlerted(incidentId: string, version: number): Promise<void> {
    const incident = this.incidents.get(incidentId);
    if (!incident) throw new Error(`no incident ${incidentId}`);
    this.writes += 1;
    incident.alertedVersion = Math.max(incident.alertedVersion, version);
    delete incident.claimVersion;
    delete incident.claimUntil;
  }

  async releaseAlert(incidentId: string, version: number): Promise<void> {
    const incident = this.incidents.get(incidentId);
    if (incident?.claimVersion === version) {
      delete incident.claimVersion;
      delete incident.claimUntil;
    }
  }
}

function withoutClaim(stored: Incident & { claimVersion?: number; claimUntil?: string }): Incident {
  const { claimVersion: _version, claimUntil: _until, ...incident } = clone(stored);
  return incident;
}

function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}
