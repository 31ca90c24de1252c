import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) into where the time went: self time per function and per
 * place (our server's folders, each dependency, Node itself), as shares of the samples.
 */

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type Share = { what: string; percent: number };
export type ProfileSummary = { seconds: number; byPlace: Share[]; byFunction: Share[] };

/** Where code lives: a server folder, a package, or Node's own internals. */
function placeOf(url: string, root: string): string {
  if (!url) return '(native: V8, the SQLite binding, the GC)';
  if (url.startsWith('node:')) return 'Node.js internals';
  const path = url.startsWith('file://') ? new URL(url).pathname : url;
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (module) return module[1] as string;
  const local = relative(root, path).split('/');
  return local.length > 2 ? `${local[0]}/${local[1]}/` : local.join('/');
}

export function summarizeProfile(file: string, root: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const place = placeOf(frame.url, root);
    places.set(place, (places.get(place) ?? 0) + micros);
    const name = `${frame.functionName || '(anonymous)'} · ${place}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const shares = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([what, micros]) => ({ what, percent: Math.round((micros / total) * 1000) / 10 }));
  return { seconds: total / 1e6, byPlace: shares(places), byFunction: shares(functions) };
}

/** The one profile a child process wrote into `dir`. */
export function profileIn(dir: string): string {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  return join(dir, file);
}
