import { describe, expect, it } from 'vitest';
import { Slots } from '../../functions/core/pipeline/slots.js';

describe('Slots', () => {
  it('makes a taker wait while every place is taken, and hands a freed place to the first', async () => {
    const slots = new Slots(1);
    await slots.take();
    const order: string[] = [];
    const first = slots.take().then(() => order.push('first'));
    const second = slots.take().then(() => order.push('second'));
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual([]);

    slots.free();
    await first;
    expect(order).toEqual(['first']);
    slots.free();
    await second;
    expect(order).toEqual(['first', 'second']);
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => new Slots(0)).toThrow('slots: count must be a positive integer, got 0');
  });
});
