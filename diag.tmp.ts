import { bundledDataset } from './src/lib/testing/bundled';
import { buildTimeline, yearWindow, membershipKey } from './src/lib/model/timeline';
const data = bundledDataset();
const tl = buildTimeline(data);
for (const year of [1934, 1935, 1936]) {
const pos = data.layout!.years![String(year)];
const st = tl.stateAt(yearWindow(year));
const alive = [...st.people.entries()].filter(([id, s]) => s.alive && pos[id]).map(([id]) => id);
const d = (a: string, b: string) => Math.hypot(pos[a].x - pos[b].x, pos[a].y - pos[b].y);
let sum = 0, n = 0;
for (let i = 0; i < alive.length; i++) for (let j = i + 1; j < alive.length; j++) { sum += d(alive[i], alive[j]); n++; }
const base = sum / n;
const mem = new Map<string, string[]>();
for (const m of data.memberships) if (st.memberships.has(membershipKey(m)) && st.people.get(m.person)?.alive !== false) mem.set(m.faction, [...new Set([...(mem.get(m.faction) ?? []), m.person])]);
console.log('year', year, 'baseline', base.toFixed(0), 'living', alive.length);
for (const [f, ids] of mem) { if (ids.length < 2 || ids.length > 12) continue; let s = 0, k = 0; for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) { s += d(ids[i], ids[j]); k++; } console.log(' ', f, ids.length, 'pairs', k, (s / k / base).toFixed(2)); }
}
