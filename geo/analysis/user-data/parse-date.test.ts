import { describe, expect, it } from 'vitest';
import { detectDateField, parseDate } from './parse-date';

describe('parseDate', () => {
  it.each([
    ['2024-03-01', Date.UTC(2024, 2, 1)],
    ['2024-03-01T12:30:00Z', Date.UTC(2024, 2, 1, 12, 30)],
    ['2024-03-01T12:30:00', Date.UTC(2024, 2, 1, 12, 30)],
    ['2024-03-01 12:30', Date.UTC(2024, 2, 1, 12, 30)],
    ['2024-03-01T12:30:00.250Z', Date.UTC(2024, 2, 1, 12, 30, 0, 250)],
    ['2024-03-01T12:30:00+09:00', Date.UTC(2024, 2, 1, 3, 30)],
    ['01/03/2024 06:05:04', Date.UTC(2024, 2, 1, 6, 5, 4)],
    ['1.3.2024', Date.UTC(2024, 2, 1)],
    ['2019-07', Date.UTC(2019, 6, 1)],
    ['2019', Date.UTC(2019, 0, 1)],
    [2019, Date.UTC(2019, 0, 1)],
  ])('reads %j', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each(['', 'yesterday', '2024-02-30', '13/13/2024', '03/31/2024', '2024-03-01T25:00', '1066', 'abcd', null, undefined, 12.5, {}])(
    'refuses %j',
    (value) => {
      expect(parseDate(value)).toBeNull();
    },
  );
});

describe('detectDateField', () => {
  it('picks a date-named field whose values read as dates', () => {
    const sample = [
      { name: 'a', date: '2024-01-02', note: '2024' },
      { name: 'b', date: '2024-01-05', note: 'x' },
      { name: 'c', date: '', note: 'y' },
    ];
    expect(detectDateField(['name', 'date', 'note'], sample)).toBe('date');
  });

  it('ignores a date-named field whose values are not dates', () => {
    expect(detectDateField(['date'], [{ date: 'soon' }, { date: 'later' }])).toBeNull();
  });
});
