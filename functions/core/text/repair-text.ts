// The encoding damage text is read after: entities escaped twice or stripped of their "&", then
// UTF-8 misread as GBK or windows-1252. Every reader of feed and page text repairs it this way.
import { repairMojibake } from './repair-mojibake.js';
import { repairStrayEntities } from './repair-stray-entities.js';

export function repairText(text: string): string {
  return repairMojibake(repairStrayEntities(text));
}
