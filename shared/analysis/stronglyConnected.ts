/** A directed graph in compressed rows: node v's edges go to `targets[starts[v] .. starts[v + 1])`. */
export interface CompactGraph {
  nodeCount: number;
  starts: Int32Array;
  targets: Int32Array;
}

export interface Components {
  /** The component of each node. */
  of: Int32Array;
  count: number;
  /** Whether a component holds a cycle (two or more nodes; the graphs here have no self-edges). */
  cyclic: Uint8Array;
}

/**
 * Tarjan's strongly connected components, iterative so a long chain of links cannot
 * overflow the call stack. Components are numbered in the order Tarjan closes them: an
 * edge between two components always goes from a higher number to a lower one, so
 * walking numbers upwards visits the ends of links before their starts.
 */
export function stronglyConnected(graph: CompactGraph): Components {
  const { nodeCount, starts, targets } = graph;
  const order = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const onStack = new Uint8Array(nodeCount);
  const stack = new Int32Array(nodeCount);
  const callNode = new Int32Array(nodeCount);
  const callEdge = new Int32Array(nodeCount);
  const of = new Int32Array(nodeCount);
  const sizes: number[] = [];
  let stackTop = 0;
  let callTop = 0;
  let visited = 0;

  const enter = (v: number): void => {
    order[v] = low[v] = visited++;
    stack[stackTop++] = v;
    onStack[v] = 1;
    callNode[callTop] = v;
    callEdge[callTop++] = starts[v]!;
  };

  for (let root = 0; root < nodeCount; root++) {
    if (order[root] !== -1) continue;
    enter(root);
    while (callTop > 0) {
      const v = callNode[callTop - 1]!;
      const edge = callEdge[callTop - 1]!;
      if (edge < starts[v + 1]!) {
        callEdge[callTop - 1] = edge + 1;
        const w = targets[edge]!;
        if (order[w] === -1) enter(w);
        else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      callTop--;
      if (low[v] === order[v]) {
        const component = sizes.length;
        let size = 0;
        let w: number;
        do {
          w = stack[--stackTop]!;
          onStack[w] = 0;
          of[w] = component;
          size++;
        } while (w !== v);
        sizes.push(size);
      }
      if (callTop > 0) {
        const parent = callNode[callTop - 1]!;
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
    }
  }
  const cyclic = new Uint8Array(sizes.length);
  for (let c = 0; c < sizes.length; c++) cyclic[c] = sizes[c]! > 1 ? 1 : 0;
  return { of, count: sizes.length, cyclic };
}

/** Builds a compact graph from the first `edgeCount` edges of two parallel arrays of ends. */
export function compactGraph(nodeCount: number, from: Int32Array, to: Int32Array, edgeCount: number): CompactGraph {
  const starts = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) starts[from[e]! + 1]!++;
  for (let v = 0; v < nodeCount; v++) starts[v + 1]! += starts[v]!;
  const fill = starts.slice(0, nodeCount);
  const targets = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) targets[fill[from[e]!]!++] = to[e]!;
  return { nodeCount, starts, targets };
}
