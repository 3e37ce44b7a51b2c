import { describe, expect, it } from 'vitest';
import { convertUnit, directionOfOtherUnit } from '../../src/gates/bench/parse/units.js';

describe('convertUnit', () => {
  it.each([
    ['ns', 'ns', 1, 'smaller-is-better'],
    ['us', 'ns', 1e3, 'smaller-is-better'],
    ['µs', 'ns', 1e3, 'smaller-is-better'],
    ['ms/op', 'ns', 1e6, 'smaller-is-better'],
    ['s/op', 'ns', 1e9, 'smaller-is-better'],
    ['ns/iter', 'ns', 1, 'smaller-is-better'],
    ['B/op', 'B', 1, 'smaller-is-better'],
    ['KiB', 'B', 1024, 'smaller-is-better'],
    ['ops/s', 'ops/s', 1, 'bigger-is-better'],
    ['ops/ms', 'ops/s', 1e3, 'bigger-is-better'],
    ['ops/us', 'ops/s', 1e6, 'bigger-is-better'],
    ['MB/s', 'B/s', 1e6, 'bigger-is-better'],
    ['MB/sec', 'B/s', 1e6, 'bigger-is-better'],
  ])('%s becomes %s (factor %d, %s)', (tool, unit, factor, direction) => {
    const conversion = convertUnit(tool);
    expect(conversion.unit).toBe(unit);
    expect(conversion.factor).toBeCloseTo(factor, 9);
    expect(conversion.direction).toBe(direction);
  });

  it.each(['allocs/op', 'cycles/iter', 'req/s', 'Megabytes', 'widgets/op'])(
    'keeps %s as written, without a direction',
    (tool) => {
      expect(convertUnit(tool)).toEqual({
        unit: tool,
        factor: 1,
        kind: 'other',
        direction: undefined,
      });
    },
  );

  it('treats other rates as bigger-is-better and other costs as smaller-is-better', () => {
    expect(directionOfOtherUnit('req/s')).toBe('bigger-is-better');
    expect(directionOfOtherUnit('allocs/op')).toBe('smaller-is-better');
  });
});
