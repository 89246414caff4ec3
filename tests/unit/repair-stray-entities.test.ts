import { describe, expect, it } from 'vitest';
import { repairStrayEntities } from '../../functions/core/text/repair-stray-entities.js';

describe('repairStrayEntities', () => {
  it('reads entities a feed escaped twice', () => {
    expect(
      repairStrayEntities('The minister said &quot;no&quot; and the army&#039;s chief agreed.'),
    ).toBe('The minister said "no" and the army\'s chief agreed.');
    expect(repairStrayEntities('Rock &amp; roll&nbsp;night')).toBe('Rock & roll night');
  });

  it('reads "quot;" that lost its "&", even glued to the word before it', () => {
    expect(
      repairStrayEntities('وقال quot;قرر مجلس الوزراء الانسحاب من اتفاق وقف اطلاق النارquot;.'),
    ).toBe('وقال "قرر مجلس الوزراء الانسحاب من اتفاق وقف اطلاق النار".');
    expect(repairStrayEntities('The envoy said quot;enoughquot; twice.')).toBe(
      'The envoy said "enough" twice.',
    );
  });

  it('leaves text without entities, and entities it does not know, as they are', () => {
    const plain = 'Shelling resumed; the truce is over.';
    expect(repairStrayEntities(plain)).toBe(plain);
    expect(repairStrayEntities('A &hellip; B')).toBe('A &hellip; B');
  });
});
