import type { BoardIndex } from './boardIndex';
import { compactGraph, stronglyConnected } from './stronglyConnected';

/**
 * Support sets over the board's link graph, asked by an objective's position in
 * `BoardIndex.notes`.
 *
 * An objective and its key results count as one OKR: a link from or to any of them is a
 * link of the OKR. So a team that copies down one of O's key results, or (wrongly) makes
 * an objective from one, supports O; and a team whose key result copies down from a
 * cross-functional objective reaches it. Links inside one OKR say nothing and are skipped;
 * a loose key result is an OKR of its own.
 *
 * F(O) holds the functions of the teams of every OKR with a chain of links up to O's.
 * O's own team counts only when O sits on a cycle of links (then O does link to itself
 * through a chain); its own key results never do.
 *
 * Cycles make a naive memoised walk wrong, so the graph is condensed into strongly
 * connected components first: everyone in one component supports everyone in it, and
 * the condensation is acyclic, so one pass down and one pass up compute everything in
 * O(notes + links).
 */
export interface SupportSets {
  /** F(O), sorted; empty when nothing links to O or the position is not an objective's. */
  functions(objective: number): readonly string[];
  /** |F(O)| >= 2. */
  crossFunctional(objective: number): boolean;
  /** Whether O is cross-functional or links, through a chain, to a cross-functional objective. */
  reachesCrossFunctional(objective: number): boolean;
  /** Whether another OKR links to O or to one of its key results. */
  supported(objective: number): boolean;
  /** Whether O or one of its key results links to another OKR. */
  linksUp(objective: number): boolean;
}

export function supportSets(index: BoardIndex): SupportSets {
  const { notes, objectiveAt, teamAt } = index;
  // One node per OKR: objectives first, then loose key results; -1 for everything else.
  const nodeAt = new Int32Array(notes.length).fill(-1);
  let nodeCount = 0;
  for (const p of index.objectives) nodeAt[p] = nodeCount++;
  const objectiveNodes = nodeCount;
  for (const p of index.krs) if (objectiveAt[p]! < 0) nodeAt[p] = nodeCount++;
  const okrOf = (p: number): number => nodeAt[objectiveAt[p]! < 0 ? p : objectiveAt[p]!]!;

  // Bit i of a set stands for functionNames[i]; names are sorted so sets read back sorted.
  const tallies = [...index.teams.values()];
  const functionNames = [...new Set(tallies.map(({ team }) => team.function))].sort();
  const bitOf = new Map(functionNames.map((name, bit) => [name, bit]));
  const teamBit = new Int32Array(tallies.length);
  for (const { team, at } of tallies) teamBit[at] = bitOf.get(team.function)!;
  const words = Math.max(1, Math.ceil(functionNames.length / 32));
  const own = new Uint32Array(nodeCount * words);
  for (const positions of [index.objectives, index.krs]) {
    for (const p of positions) {
      const tally = teamAt[p];
      if (tally) setBit(own, okrOf(p) * words, teamBit[tally.at]!);
    }
  }

  const from = new Int32Array(index.links.length);
  const to = new Int32Array(index.links.length);
  let edgeCount = 0;
  const hasIn = new Uint8Array(nodeCount);
  const hasOut = new Uint8Array(nodeCount);
  for (const { fromAt, toAt } of index.links) {
    const a = okrOf(fromAt);
    const b = okrOf(toAt);
    if (a === b) continue;
    from[edgeCount] = a;
    to[edgeCount++] = b;
    hasOut[a] = 1;
    hasIn[b] = 1;
  }
  const graph = compactGraph(nodeCount, from, to, edgeCount);
  const { starts, targets } = graph;
  const components = stronglyConnected(graph);
  const { of, count, cyclic } = components;
  const { memberStarts, members } = membersByComponent(of, count);

  // Downward pass, lowest OKRs first: `below` = functions at or below a component.
  const inflow = new Uint32Array(count * words);
  const below = new Uint32Array(count * words);
  const support = new Uint32Array(count * words);
  for (let c = count - 1; c >= 0; c--) {
    const base = c * words;
    for (let m = memberStarts[c]!; m < memberStarts[c + 1]!; m++) orInto(below, base, own, members[m]! * words, words);
    orInto(below, base, inflow, base, words);
    orInto(support, base, cyclic[c] ? below : inflow, base, words);
    for (let m = memberStarts[c]!; m < memberStarts[c + 1]!; m++) {
      const v = members[m]!;
      for (let e = starts[v]!; e < starts[v + 1]!; e++) {
        const d = of[targets[e]!]!;
        if (d !== c) orInto(inflow, d * words, below, base, words);
      }
    }
  }

  // Upward pass, highest OKRs first: does a component reach a cross-functional objective?
  const reaches = new Uint8Array(count);
  for (let c = 0; c < count; c++) {
    let found = false;
    for (let m = memberStarts[c]!; !found && m < memberStarts[c + 1]!; m++) {
      const v = members[m]!;
      found = v < objectiveNodes && atLeastTwoBits(support, c * words, words);
      for (let e = starts[v]!; !found && e < starts[v + 1]!; e++) found = reaches[of[targets[e]!]!] === 1;
    }
    reaches[c] = found ? 1 : 0;
  }

  const namesCache = new Map<number, readonly string[]>();
  // Positions that are not objectives' answer as unsupported, single-function and unlinked.
  const nodeOf = (p: number): number => (notes[p]?.kind === 'objective' ? nodeAt[p]! : -1);
  return {
    functions(objective) {
      const v = nodeOf(objective);
      if (v < 0) return [];
      const c = of[v]!;
      let names = namesCache.get(c);
      if (!names) {
        names = functionNames.filter((_, bit) => hasBit(support, c * words, bit));
        namesCache.set(c, names);
      }
      return names;
    },
    crossFunctional(objective) {
      const v = nodeOf(objective);
      return v >= 0 && atLeastTwoBits(support, of[v]! * words, words);
    },
    reachesCrossFunctional(objective) {
      const v = nodeOf(objective);
      return v >= 0 && reaches[of[v]!] === 1;
    },
    supported(objective) {
      const v = nodeOf(objective);
      return v >= 0 && hasIn[v] === 1;
    },
    linksUp(objective) {
      const v = nodeOf(objective);
      return v >= 0 && hasOut[v] === 1;
    },
  };
}

/** Nodes grouped by component: component c's are `members[memberStarts[c] .. memberStarts[c + 1])`. */
function membersByComponent(of: Int32Array, count: number): { memberStarts: Int32Array; members: Int32Array } {
  const memberStarts = new Int32Array(count + 1);
  for (const c of of) memberStarts[c + 1]!++;
  for (let c = 0; c < count; c++) memberStarts[c + 1]! += memberStarts[c]!;
  const fill = memberStarts.slice(0, count);
  const members = new Int32Array(of.length);
  for (let v = 0; v < of.length; v++) members[fill[of[v]!]!++] = v;
  return { memberStarts, members };
}

function setBit(set: Uint32Array, base: number, bit: number): void {
  set[base + (bit >>> 5)]! |= 1 << (bit & 31);
}

function hasBit(set: Uint32Array, base: number, bit: number): boolean {
  return (set[base + (bit >>> 5)]! & (1 << (bit & 31))) !== 0;
}

function orInto(target: Uint32Array, targetBase: number, source: Uint32Array, sourceBase: number, words: number): void {
  for (let w = 0; w < words; w++) target[targetBase + w]! |= source[sourceBase + w]!;
}

function atLeastTwoBits(set: Uint32Array, base: number, words: number): boolean {
  let seen = 0;
  for (let w = 0; w < words; w++) {
    const word = set[base + w]!;
    if (word === 0) continue;
    // A word with one bit set becomes 0 when its lowest bit is cleared.
    if ((word & (word - 1)) !== 0) return true;
    if (++seen >= 2) return true;
  }
  return false;
}
