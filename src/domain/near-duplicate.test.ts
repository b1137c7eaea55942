import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fingerprintWords, hammingDistance, NearDuplicateIndex, simHash } from './near-duplicate.ts';

const WIRE = `Seoul said on Thursday it would review its ban on supplying weapons to Ukraine after Russia and
North Korea signed a pact pledging mutual military assistance if either is attacked. The presidential
office called the agreement a clear threat to the security of the peninsula and said it would respond
firmly with its allies. Officials in Tokyo and Washington also voiced concern about the deal, which
was signed during a rare visit to Pyongyang by the Russian leader, his first in twenty-four years.

Analysts said the shift would mark a break with a long-standing policy of sending only humanitarian and
non-lethal aid, and that any decision would depend on what the new treaty means in practice for the
supply of shells and missiles from the North to Russian forces fighting in eastern Ukraine this year.

Lawmakers from the governing party urged caution, saying the country should first consult its partners
and weigh the risk of retaliation against its citizens and companies still working in Russia, while the
opposition said the government had been too slow to respond to a deal it had seen coming for months.`;

test('the same story with small edits is a near-duplicate; an unrelated one is not', () => {
  const a = simHash(WIRE)!;
  const edited = simHash(WIRE.replace('on Thursday', 'on Thursday evening').replace('firmly', 'very firmly'))!;
  const other = simHash(`The central bank left its main interest rate unchanged for a sixth meeting in a row, saying
  inflation was easing more slowly than expected and that it wanted to see wage growth cool before it
  would consider cutting borrowing costs later in the year, a view most economists share.`)!;
  assert.match(a, /^[0-9a-f]{16}$/);
  // A wire story of about 200 words with two small edits (about 4% of its shingles changed).
  assert.ok(hammingDistance(a, edited) <= 6, `edited distance ${hammingDistance(a, edited)}`);
  assert.ok(hammingDistance(a, other) > 16, `unrelated distance ${hammingDistance(a, other)}`);
  assert.equal(hammingDistance(a, a), 0);
});

test('markup and case do not change the fingerprint; short texts get none', () => {
  assert.equal(simHash(`<p>${WIRE.toUpperCase()}</p>`), simHash(WIRE));
  assert.deepEqual(fingerprintWords('<b>Café</b> &amp; “bar”, 2024!'), ['café', 'bar', '2024']);
  assert.equal(simHash('Too short to say anything useful.'), null);
  assert.equal(simHash(''), null);
});

test('the index finds the closest story within six bits and nothing further', () => {
  const index = new NearDuplicateIndex<number>();
  index.add(1, '0000000000000000');
  index.add(2, 'ffffffffffffffff');
  assert.deepEqual(index.find('0000000000000007'), { id: 1, distance: 3 });
  assert.deepEqual(index.find('1001001001001001'), { id: 1, distance: 6 });
  assert.deepEqual(index.find('8000000100000003'), { id: 1, distance: 4 });
  assert.equal(index.find('000000000000007f'), undefined);
  assert.deepEqual(index.find('ffffffffffffffff'), { id: 2, distance: 0 });
  assert.equal(hammingDistance('8000000000000001', '0000000000000000'), 2);
});

test('the probing index finds exactly what a scan of every fingerprint finds, up to 7 bits and beyond', () => {
  const hex = fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff }))
    .map(([a, b]) => a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0'));
  const flipped = (fingerprint: string, bits: number[]) => {
    let hi = parseInt(fingerprint.slice(0, 8), 16);
    let lo = parseInt(fingerprint.slice(8), 16);
    for (const bit of bits) {
      if (bit < 32) lo = (lo ^ (1 << bit)) >>> 0;
      else hi = (hi ^ (1 << (bit - 32))) >>> 0;
    }
    return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
  };
  fc.assert(
    fc.property(
      fc.array(hex, { minLength: 1, maxLength: 60 }),
      fc.nat(),
      fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: 9 }),
      fc.integer({ min: 0, max: 9 }),
      (known, pick, bits, maxBits) => {
        const index = new NearDuplicateIndex<number>();
        known.forEach((f, id) => index.add(id, f));
        const query = flipped(known[pick % known.length]!, bits);
        const distances = known.map((f) => hammingDistance(f, query)).filter((d) => d <= maxBits);
        const found = index.find(query, maxBits);
        assert.equal(found?.distance, distances.length ? Math.min(...distances) : undefined);
      },
    ),
    { numRuns: 500 },
  );
});
