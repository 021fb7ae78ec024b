import { describe, expect, it } from 'vitest';
import { provinceRows } from '../../src/measures/matrix';

const doc = (province: string, measures: number[]) => ({ data: { province, measures } });

describe('the measures matrix by province', () => {
  it('counts each province’s documents per measure, provinces in Vietnamese order', () => {
    const rows = provinceRows(
      [doc('Đà Nẵng', [1, 3]), doc('Cà Mau', [3]), doc('Đà Nẵng', [3]), doc('Bến Tre', [])],
      [1, 2, 3],
    );
    expect(rows).toEqual([
      { province: 'Bến Tre', counts: [0, 0, 0], documents: 1 },
      { province: 'Cà Mau', counts: [0, 0, 1], documents: 1 },
      { province: 'Đà Nẵng', counts: [1, 0, 2], documents: 2 },
    ]);
  });
});
