import { describe, expect, it } from 'vitest';
import { apportion, demoUuid, Random, streamSeed, WeightedIndex } from '../../seed/synthetic/random.ts';

function draws(random: Random, n: number): number[] {
  return Array.from({ length: n }, () => random.next());
}

describe('the seeded random generator', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    expect(draws(new Random(42), 5)).toEqual(draws(new Random(42), 5));
    expect(draws(new Random(42), 5)).not.toEqual(draws(new Random(43), 5));
  });

  it('draws numbers in [0, 1) that spread evenly', () => {
    const values = draws(new Random(1), 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  it('gives each label and index a stream of its own', () => {
    expect(streamSeed(1, 'resident', 42)).toBe(streamSeed(1, 'resident', 42));
    expect(streamSeed(1, 'resident', 42)).not.toBe(streamSeed(1, 'resident', 43));
    expect(streamSeed(1, 'resident', 42)).not.toBe(streamSeed(1, 'home', 42));
    expect(streamSeed(1, 'resident', 42)).not.toBe(streamSeed(2, 'resident', 42));
  });

  it('draws whole numbers with both ends included', () => {
    const random = new Random(7);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 8)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('samples distinct items', () => {
    const sample = new Random(3).sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(new Random(3).sample(['a', 'b'], 5)).toHaveLength(2);
  });

  it('draws indices in proportion to their weights, never one of weight 0', () => {
    const index = new WeightedIndex([1, 0, 3]);
    const random = new Random(11);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[index.draw(random)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.8);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.2);
  });
});

describe('apportion', () => {
  it('splits a total exactly, each part within one of its exact share', () => {
    const weights = [14_480, 12_825, 55, 20, 0, 8_730];
    const parts = apportion(3_000, weights);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(3_000);
    const sum = weights.reduce((a, b) => a + b, 0);
    parts.forEach((part, i) => expect(Math.abs(part - (3_000 * weights[i]!) / sum)).toBeLessThan(1));
    expect(parts[4]).toBe(0);
  });
});

describe('demoUuid', () => {
  it('is a stable, well-formed UUID (version 8: not random)', () => {
    const id = demoUuid(1, 'resident', 42);
    expect(id).toBe(demoUuid(1, 'resident', 42));
    expect(id).not.toBe(demoUuid(2, 'resident', 42));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
