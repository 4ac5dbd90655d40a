// Generates fsrs6_vectors.json: FSRS-6 review sequences computed by ts-fsrs, the reference
// implementation, for tests/core/test_fsrs.cpp. Run once when the scheduler's semantics change;
// the tests read the committed JSON and need no network.
//
//   mkdir -p /tmp/fsrs-oracle && cd /tmp/fsrs-oracle && npm init -y && npm install ts-fsrs@5.4.2
//   TS_FSRS_DIR=/tmp/fsrs-oracle node tests/data/fsrs/generate_vectors.mjs   # from the repository root
//
// ts-fsrs 5.x implements FSRS-6 (21 parameters, w[20] the trainable decay). The vectors use its
// algorithm core (FSRSAlgorithm: next_state, next_interval, forgetting_curve), not the
// learning-steps scheduler, because Starloop schedules in whole days:
//   - elapsed days t are whole calendar days between two reviews (ts-fsrs counts UTC dates with
//     dateDiffInDays; Starloop counts the user's local dates). The first review has no t.
//   - t = 0 is a same-day review: stability moves by the short-term formula
//     S' = S * S^-w19 * e^(w17 * (G - 3 + w18)) (at least S for Hard, Good and Easy), and
//     difficulty moves as for any review (enable_short_term on).
//   - R = (1 + factor * t / S)^(-w20), factor = 0.9^(-1 / w20) - 1, is recorded at the time of the
//     review (null for a first review).
//   - interval = min(max(1, round(S * (r^(-1 / w20) - 1) / factor)), maximum_interval): round half
//     up (JavaScript Math.round), fuzz off.
//   - ts-fsrs rounds S, D, R and the interval modifier to 8 decimals at each step, so the tests
//     compare S, D and R within a relative 1e-6 and the interval exactly.
// Sequences are drawn from a seeded generator (mulberry32), so running this again writes the
// same file.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const oracleDir = process.env.TS_FSRS_DIR ?? '/tmp/fsrs-oracle';
const require = createRequire(join(oracleDir, 'package.json'));
const { FSRSAlgorithm, default_w, FSRSVersion } = require('ts-fsrs');
const tsfsrsVersion = FSRSVersion.replace(/^v/, '').split(' ')[0]; // "v5.4.2 using FSRS-6.0"
if (!tsfsrsVersion.startsWith('5.'))
    throw new Error(`ts-fsrs ${tsfsrsVersion}: version 5.x (FSRS-6) is needed`);

function mulberry32(seed) {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const random = mulberry32(20250601);
const pick = (weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let x = random() * total;
    for (let i = 0; i < weights.length; ++i) {
        if ((x -= weights[i]) < 0)
            return i;
    }
    return weights.length - 1;
};
const round8 = (x) => Math.round(x * 1e8) / 1e8;

// The defaults, and parameter sets of the kind a fit to one user's log produces (all within
// FSRS-6's bounds, so ts-fsrs uses them unclipped).
const parameterSets = [
    [...default_w],
    [0.4, 1.8, 3.1, 12.5, 5.9, 1.1, 2.4, 0.01, 1.6, 0.2, 0.95, 1.7, 0.08, 0.3, 1.4, 0.5, 2.2, 0.6, 0.15, 0.1, 0.25],
    [0.1, 0.6, 1.5, 5.0, 7.2, 0.5, 3.5, 0.05, 2.1, 0.12, 0.7, 1.2, 0.05, 0.2, 1.9, 0.7, 1.5, 0.3, 0.05, 0.02, 0.5],
    [1.2, 2.5, 6.0, 20.0, 4.5, 1.6, 1.8, 0.1, 1.3, 0.3, 1.3, 2.2, 0.12, 0.45, 1.1, 0.35, 2.8, 0.9, 0.3, 0.2, 0.12],
    [0.25, 1.0, 2.0, 9.0, 6.8, 0.7, 2.9, 0.002, 1.9, 0.15, 0.85, 1.5, 0.06, 0.26, 1.7, 0.6, 1.9, 1.2, 0.5, 0.3, 0.78],
];
const setups = [
    { parameterSet: 0, requestRetention: 0.9, maximumInterval: 36500, sequences: 90 },
    { parameterSet: 0, requestRetention: 0.8, maximumInterval: 36500, sequences: 25 },
    { parameterSet: 0, requestRetention: 0.95, maximumInterval: 36500, sequences: 25 },
    { parameterSet: 0, requestRetention: 0.9, maximumInterval: 60, sequences: 10 },
    { parameterSet: 1, requestRetention: 0.9, maximumInterval: 36500, sequences: 20 },
    { parameterSet: 2, requestRetention: 0.85, maximumInterval: 36500, sequences: 20 },
    { parameterSet: 3, requestRetention: 0.7, maximumInterval: 36500, sequences: 20 },
    { parameterSet: 4, requestRetention: 0.97, maximumInterval: 36500, sequences: 20 },
];

function sequence(algorithm, length) {
    const reviews = [];
    let memory = null;
    let interval = 0;
    for (let i = 0; i < length; ++i) {
        // Mostly Good, some Again, Hard and Easy; a few sequences of failures.
        const rating = 1 + pick([18, 12, 55, 15]);
        let t = null;
        let r = null;
        if (memory) {
            // same day, on time, early, late, very late
            switch (pick([22, 35, 15, 20, 8])) {
            case 0: t = 0; break;
            case 1: t = interval; break;
            case 2: t = Math.max(1, Math.floor(interval * random())); break;
            case 3: t = interval + 1 + Math.floor(interval * random()); break;
            default: t = interval * 3 + Math.floor(random() * 400); break;
            }
            r = algorithm.forgetting_curve(t, memory.stability);
        }
        memory = algorithm.next_state(memory, t ?? 0, rating);
        interval = algorithm.next_interval(memory.stability, t ?? 0);
        reviews.push([rating, t, round8(memory.stability), round8(memory.difficulty), r === null ? null : round8(r), interval]);
    }
    return reviews;
}

const sequences = [];
for (const setup of setups) {
    const algorithm = new FSRSAlgorithm({
        w: parameterSets[setup.parameterSet],
        request_retention: setup.requestRetention,
        maximum_interval: setup.maximumInterval,
        enable_fuzz: false,
        enable_short_term: true,
    });
    const w = Array.from(algorithm.parameters.w);
    if (w.some((x, i) => x !== parameterSets[setup.parameterSet][i]))
        throw new Error(`parameter set ${setup.parameterSet} was clipped by ts-fsrs`);
    for (let i = 0; i < setup.sequences; ++i) {
        sequences.push({
            parameter_set: setup.parameterSet,
            request_retention: setup.requestRetention,
            maximum_interval: setup.maximumInterval,
            reviews: sequence(algorithm, 2 + Math.floor(random() * 14)),
        });
    }
}

const out = {
    generator: 'tests/data/fsrs/generate_vectors.mjs',
    reference: `ts-fsrs ${tsfsrsVersion} (${FSRSVersion}), FSRSAlgorithm with enable_short_term, fuzz off`,
    columns: ['rating', 'elapsed_days', 'stability', 'difficulty', 'retrievability', 'interval'],
    parameter_sets: parameterSets,
    sequences,
};
const target = join(dirname(fileURLToPath(import.meta.url)), 'fsrs6_vectors.json');
// One sequence per line: small diffs when the generator changes.
const body = [
    '{',
    `"generator": ${JSON.stringify(out.generator)},`,
    `"reference": ${JSON.stringify(out.reference)},`,
    `"columns": ${JSON.stringify(out.columns)},`,
    `"parameter_sets": [\n${out.parameter_sets.map((w) => JSON.stringify(w)).join(',\n')}\n],`,
    `"sequences": [\n${out.sequences.map((s) => JSON.stringify(s)).join(',\n')}\n]`,
    '}',
    '',
].join('\n');
writeFileSync(target, body);
console.log(`${sequences.length} sequences, ${sequences.reduce((n, s) => n + s.reviews.length, 0)} reviews -> ${target}`);
