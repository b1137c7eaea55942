import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeFeatures, decodeVector, encodeVector } from './discovery.ts';

test('a vector keeps terms, weights to 4 decimals and labels, however they are written', () => {
  const features = [
    { term: 'defence treaty', weight: 0.31234, label: 'defence Treaty' },
    { term: 'e:kim-jong-un', weight: 0.2, label: 'Kim Jong Un' },
    { term: 'korea', weight: 0.1, label: 'Korea' },
    { term: 'missile', weight: 0.05, label: 'missile' },
    { term: 't:odd', weight: 0.04, label: '^01 tab\there' },
    { term: 't:eq', weight: 0.03, label: '=sign' },
  ];
  const text = encodeVector(features);
  assert.deepEqual(decodeFeatures(text), [
    { term: 'defence treaty', weight: 0.3123, label: 'defence Treaty' },
    { term: 'e:kim-jong-un', weight: 0.2, label: 'Kim Jong Un' },
    { term: 'korea', weight: 0.1, label: 'Korea' },
    { term: 'missile', weight: 0.05, label: 'missile' },
    { term: 't:odd', weight: 0.04, label: '^01 tab here' },
    { term: 't:eq', weight: 0.03, label: '=sign' },
  ]);
  assert.ok(!text.includes('Treaty') && !text.includes('missile\t0.0500\tmissile'), 'derivable labels are not stored');
  assert.deepEqual([...decodeVector(text, (t) => t.startsWith('e:') || t === 'korea')], [['e:kim-jong-un', 0.2], ['korea', 0.1]]);
  assert.deepEqual(decodeFeatures(''), []);
});
