// SPDX-License-Identifier: GPL-3.0-or-later
// The same double-elimination play-through as bench_engine, with brackets-manager.js 1.x and
// its in-memory storage, for the "at least 100x faster" comparison. Not part of the build;
// brackets-manager is installed outside the repository:
//   mkdir -p /tmp/bm && cd /tmp/bm && npm init -y && npm install brackets-manager@1 brackets-memory-db
//   NODE_PATH=/tmp/bm/node_modules node bench/engine/brackets-manager-compare.mjs [entrants] [runs]
// Prints JSON medians like bench_engine.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.NODE_PATH ?? '/tmp/bm/node_modules', 'x.js'));
const { BracketsManager } = require('brackets-manager');
const { InMemoryDatabase } = require('brackets-memory-db');

const entrants = Number(process.argv[2] ?? 4096);
const runs = Number(process.argv[3] ?? 5);
const READY = 2; // brackets-model Status.Ready

// splitmix64-like reproducible stream, like EventSimulator (results differ, the work does not).
let state = 1n;
function next() {
    state = (state + 0x9E3779B97F4A7C15n) & 0xFFFFFFFFFFFFFFFFn;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xBF58476D1CE4E5B9n) & 0xFFFFFFFFFFFFFFFFn;
    z = ((z ^ (z >> 27n)) * 0x94D049BB133111EBn) & 0xFFFFFFFFFFFFFFFFn;
    return Number((z ^ (z >> 31n)) % 3n);
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const n = sorted.length;
    return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

const createTimes = [];
const playTimes = [];
let reported = 0;
for (let run = 0; run < runs; ++run) {
    const storage = new InMemoryDatabase();
    const manager = new BracketsManager(storage);
    let start = performance.now();
    await manager.create.stage({
        tournamentId: 0,
        name: 'bench',
        type: 'double_elimination',
        seeding: Array.from({ length: entrants }, (_, i) => `Entrant ${i + 1}`),
        settings: { grandFinal: 'double', balanceByes: false },
    });
    createTimes.push(performance.now() - start);
    reported = 0;
    start = performance.now();
    for (;;) {
        const ready = (await manager.storage.select('match')).filter((m) => m.status === READY);
        if (ready.length === 0)
            break;
        for (const match of ready) {
            const current = await manager.storage.select('match', match.id);
            if (current.status !== READY)
                continue;
            const upperWins = next() !== 0;
            await manager.update.match({
                id: match.id,
                opponent1: { score: upperWins ? 2 : 1, result: upperWins ? 'win' : 'loss' },
                opponent2: { score: upperWins ? 1 : 2, result: upperWins ? 'loss' : 'win' },
            });
            ++reported;
        }
    }
    playTimes.push(performance.now() - start);
}
console.log(JSON.stringify({
    library: 'brackets-manager ' + require('brackets-manager/package.json').version,
    storage: 'brackets-memory-db (in memory)',
    entrants,
    runs,
    results_reported: reported,
    double_elimination_create_median_ms: median(createTimes),
    double_elimination_play_through_median_ms: median(playTimes),
    play_through_samples_ms: playTimes,
}, null, 2));
