import { describe, expect, it } from 'vitest';
import { toQuery } from './search-params';

describe('toQuery', () => {
  it('keeps the first of repeated values and drops undefined ones', () => {
    expect(toQuery({ view: ['1,2,3', '4,5,6'], theme: 'dark', select: undefined }).toString()).toBe('view=1%2C2%2C3&theme=dark');
  });
});
