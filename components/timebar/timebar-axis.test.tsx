import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { dayOfDate } from '@/data/filter/epoch-day';
import { ticksFor, type TimeView } from '@/lib/timebar/time-scale';
import { TimebarAxis } from './timebar-axis';

/** The labels drawn, with where each starts (px). */
function labels(view: TimeView, widthPx: number): { x: number; text: string }[] {
  const html = renderToStaticMarkup(<TimebarAxis view={view} widthPx={widthPx} heightPx={16} />);
  return [...html.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), text: m[2]! }));
}

describe('TimebarAxis', () => {
  it('draws the first label with its month and year, and leaves out a label that it would run into', () => {
    // Nine days in 600 px: a tick a day, 67 px apart; "12 Feb 2018" needs about 72 px, so "13" gives way.
    const view = { startDay: dayOfDate(2018, 2, 12), endDay: dayOfDate(2018, 2, 21) };
    expect(ticksFor(view, 600).unit).toBe('day');
    const shown = labels(view, 600);
    expect(shown[0]?.text).toBe('12 Feb 2018');
    expect(shown.map((l) => l.text)).not.toContain('13');
    expect(shown.map((l) => l.text)).toContain('14');
    for (let i = 1; i < shown.length; i++) {
      const previous = shown[i - 1]!;
      expect(shown[i]!.x, `${previous.text} runs into ${shown[i]!.text}`).toBeGreaterThan(previous.x + previous.text.length * 6.5);
    }
  });

  it('draws every label when they have room', () => {
    const view = { startDay: dayOfDate(2018, 2, 5), endDay: dayOfDate(2018, 2, 19) };
    expect(labels(view, 660).map((l) => l.text)).toEqual(['5 Feb 2018', '12']);
  });
});
