import * as Y from 'yjs';
import { addNote, addTeam, link } from '../../shared/board/commands';
import { createOrigin } from '../../shared/board/origin';
import { NOTE_SIZE, TEAM_SIZE } from '../../shared/board/types';

const FUNCTIONS = ['Sales', 'Marketing', 'Product', 'Engineering', 'HR', 'Finance', 'Support'] as const;
const OBJECTIVES_PER_TEAM = 20;
const KRS_PER_OBJECTIVE = 4;
const NOTES_PER_TEAM = OBJECTIVES_PER_TEAM * (1 + KRS_PER_OBJECTIVE);

/**
 * A workshop-sized board: a company team, department teams under it and teams under
 * those, each with objectives and their key results, every team's objectives linked up
 * to its parent's (the cascade). Same content for the same `noteCount`.
 */
export function buildBigBoard(noteCount: number): Y.Doc {
  const doc = new Y.Doc();
  const origin = createOrigin('import', 'bench');
  const teamCount = Math.ceil(noteCount / NOTES_PER_TEAM);
  const objectivesByTeam: string[][] = [];
  const parentOf = (team: number) => (team === 0 ? -1 : team <= FUNCTIONS.length ? 0 : 1 + ((team - 1) % FUNCTIONS.length));
  let notes = 0;
  doc.transact(() => {
    const teamIds: string[] = [];
    for (let t = 0; t < teamCount; t++) {
      const fn = t === 0 ? 'Company' : FUNCTIONS[(t - 1) % FUNCTIONS.length]!;
      const level = t === 0 ? 0 : t <= FUNCTIONS.length ? 1 : 2;
      const x = (t % 10) * (TEAM_SIZE.w * 2);
      const y = Math.floor(t / 10) * (TEAM_SIZE.h * 6);
      const parent = parentOf(t);
      teamIds.push(addTeam(doc, { name: `${fn} ${t}`, function: fn, level, parentId: teamIds[parent] ?? null, x, y }, origin));
      const objectives: string[] = [];
      for (let o = 0; o < OBJECTIVES_PER_TEAM && notes < noteCount; o++) {
        const ox = x + (o % 5) * (NOTE_SIZE.w + 20);
        const oy = y + Math.floor(o / 5) * (NOTE_SIZE.h * 6);
        const objective = addNote(doc, { kind: 'objective', text: `${fn} objective ${o}: grow what matters`, teamId: teamIds[t], x: ox, y: oy, author: 'bench' }, origin);
        objectives.push(objective);
        notes++;
        for (let k = 0; k < KRS_PER_OBJECTIVE && notes < noteCount; k++, notes++) {
          const text = `Raise metric ${k} from ${10 * k} to ${20 * k + 5}`;
          const metric = { baseline: 10 * k, target: 20 * k + 5, unit: '%' };
          addNote(doc, { kind: 'kr', text, objectiveId: objective, x: ox, y: oy + (k + 1) * (NOTE_SIZE.h + 16), metric, author: 'bench' }, origin);
        }
      }
      objectivesByTeam.push(objectives);
      const up = objectivesByTeam[parent];
      if (up?.length) objectives.forEach((objective, o) => link(doc, objective, up[o % up.length]!, origin));
    }
  }, origin);
  return doc;
}
