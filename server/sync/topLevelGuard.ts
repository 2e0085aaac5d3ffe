import * as Y from 'yjs';
import { DOC_KEYS, linksMap, metaMap, notesMap, teamsMap } from '../../shared/board/schema';
import { isTopLevelTeamLevel } from '../../shared/board/topLevel';

/** A board entry an update reaches (a team, note or link by id, or a meta field), and the entry's field it writes. */
interface Entry {
  root: string;
  key: string | null;
  field: string | null;
}

type Struct = ReturnType<typeof Y.decodeUpdate>['structs'][number];

/**
 * Whether an update would change the board's top level (PRODUCT.md section 5, "Strategic
 * intent"): a level-0 team, a note in one, a note moved into one, or a team moved up to
 * level 0. Links and every other team and note stay open, so a participant can still link
 * their objective up to a company one. Reads the update without applying it.
 *
 * Yjs encodes no parent for an item inserted next to a sibling, so the entry an item
 * belongs to is found through its origin, in the update or in the doc. Anything that
 * cannot be traced to an entry counts as touching the top level: refusing a change is
 * safe, letting an unchecked one through is not.
 */
export function touchesTopLevel(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  // Typed first: a root a remote update created is a placeholder until its accessor runs,
  // and typing it re-parents its items, which the tracer must see as they will stay.
  const teams = teamsMap(doc);
  const notes = notesMap(doc);
  linksMap(doc);
  metaMap(doc);
  const trace = entryTracer(doc, structs);
  const isTopLevelTeam = (teamId: unknown) =>
    typeof teamId === 'string' && isTopLevelTeamLevel(teams.get(teamId)?.get('level'));

  const isTopLevelEntry = (entry: Entry | null): boolean => {
    if (!entry) return true;
    if (entry.root === DOC_KEYS.teams && entry.key) return isTopLevelTeam(entry.key);
    if (entry.root === DOC_KEYS.notes && entry.key) return isTopLevelTeam(notes.get(entry.key)?.get('teamId'));
    return false;
  };
  /** A note's team set to a top-level team, or a team's level set to the top one. */
  const movesIntoTopLevel = (item: Y.Item, entry: Entry): boolean => {
    // Read only for those two fields: a typed word's content would be split into characters.
    const value = () => (item.content.getContent() as unknown[])[0];
    if (entry.field === 'teamId') return entry.root === DOC_KEYS.notes && isTopLevelTeam(value());
    return entry.field === 'level' && entry.root === DOC_KEYS.teams && isTopLevelTeamLevel(value());
  };

  for (const struct of structs) {
    // Structs the doc already holds change nothing when applied again.
    if (!(struct instanceof Y.Item) || struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue;
    const entry = trace(struct);
    if (!entry || isTopLevelEntry(entry) || movesIntoTopLevel(struct, entry)) return true;
  }
  // A client's sync step 2 repeats every deletion it knows of; only new ones change the board.
  for (const [client, deletions] of ds.clients) {
    const known = doc.store.clients.get(client) ?? [];
    for (const { clock, len } of deletions) {
      for (const item of structsIn(known, clock, clock + len)) {
        if (item instanceof Y.Item && !item.deleted && isTopLevelEntry(trace(item))) return true;
      }
    }
  }
  return false;
}

/** Follows items of the doc or of the update up to the board entry they belong to. */
function entryTracer(doc: Y.Doc, incoming: readonly Struct[]): (item: Y.Item) => Entry | null {
  const rootNames = new Map<unknown, string>();
  for (const [name, type] of doc.share) rootNames.set(type, name);
  const byClient = new Map<number, Struct[]>();
  for (const struct of incoming) {
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  const find = (id: Y.ID): Y.Item | null => {
    const known = doc.store.clients.get(id.client);
    const [found] = known ? structsIn(known, id.clock, id.clock + 1) : [];
    const struct = found ?? byClient.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
    return struct instanceof Y.Item ? struct : null;
  };

  /** The entry holding `item`, and the field of that entry `item` is (or is inside of). */
  const trace = (item: Y.Item, depth = 0): Entry | null => {
    // Boards nest two deep (a note's Y.Text in its Y.Map); a long chain is a crafted update.
    if (depth > 16) return null;
    const parent = item.parent as Y.AbstractType<unknown> | Y.ID | string | null;
    if (typeof parent === 'string') return { root: parent, key: item.parentSub, field: null };
    if (parent instanceof Y.AbstractType) {
      if (parent._item) return within(trace(parent._item, depth + 1), item.parentSub);
      const root = rootNames.get(parent);
      return root ? { root, key: item.parentSub, field: null } : null;
    }
    if (parent) {
      const holder = find(parent);
      return holder && within(trace(holder, depth + 1), item.parentSub);
    }
    // Encoded without a parent: it shares its neighbour's, and its key too (a map's new
    // value has the value it replaces as its origin).
    const neighbourId = item.origin ?? item.rightOrigin;
    const neighbour = neighbourId && find(neighbourId);
    return neighbour ? trace(neighbour, depth + 1) : null;
  };
  /** One level down from `holder`: the field is the key of the holder's direct child. */
  const within = (holder: Entry | null, key: string | null): Entry | null => holder && { ...holder, field: holder.field ?? key };
  return (item) => trace(item);
}

/** The doc's structs of one client overlapping the clocks [from, to). */
function structsIn(structs: readonly Struct[], from: number, to: number): Struct[] {
  const last = structs[structs.length - 1];
  if (!last || from >= last.id.clock + last.length) return [];
  const found: Struct[] = [];
  for (let i = Y.findIndexSS(structs as Y.Item[], Math.max(from, structs[0]!.id.clock)); i < structs.length; i++) {
    const struct = structs[i]!;
    if (struct.id.clock >= to) break;
    found.push(struct);
  }
  return found;
}
