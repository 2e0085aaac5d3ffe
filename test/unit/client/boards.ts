import * as Y from 'yjs';
import { addNote, addTeam, createBoard, createOrigin, link, snapshotBoard, type BoardSnapshot } from '../../../shared/board';

const me = createOrigin('user', 'me');

function linkId(doc: Y.Doc, from: string, to: string): string {
  const result = link(doc, from, to, me);
  if (!result.ok) throw new Error(result.reason);
  return result.id;
}

/**
 * A two-level board with one link of each meaning: the Sales objective localizes the
 * company objective, another Sales objective cascades from the company KR, the Sales KR
 * copies the company KR down, and a Sales KR contributes to the company objective. A
 * fresh one for a test that changes it; LINKS_AND_NOTES for one that only reads.
 */
export function linksAndNotes() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Links', createdAt: 1 }, me);
  const company = addTeam(doc, { name: 'Leadership', function: 'Company', level: 0, x: 0, y: 0, w: 800, h: 400 }, me);
  const sales = addTeam(doc, { name: 'Sales', function: 'Sales', level: 1, parentId: company, x: 0, y: 500, w: 800, h: 400 }, me);
  const upper = addNote(doc, { kind: 'objective', text: 'Grow', teamId: company, author: 'me', x: 60, y: 70 }, me);
  const upperKr = addNote(doc, { kind: 'kr', text: 'ARR 10 to 14', objectiveId: upper, author: 'me' }, me);
  const lower = addNote(doc, { kind: 'objective', text: 'Win Nordics', teamId: sales, author: 'me', x: 60, y: 570 }, me);
  const lowerKr = addNote(doc, { kind: 'kr', text: 'Pipeline 2 to 5', objectiveId: lower, author: 'me' }, me);
  const cascaded = addNote(doc, { kind: 'objective', text: 'ARR to 14', teamId: sales, author: 'me', x: 400, y: 570 }, me);
  const helper = addNote(doc, { kind: 'kr', text: 'Hires 4 to 9', teamId: sales, author: 'me', x: 400, y: 760 }, me);
  const links = {
    localizes: linkId(doc, lower, upper),
    cascades: linkId(doc, cascaded, upperKr),
    copiesDown: linkId(doc, lowerKr, upperKr),
    contributes: linkId(doc, helper, upper),
  };
  return { doc, ids: { company, sales, upper, upperKr, lower, lowerKr, cascaded, helper, links } };
}

const built = linksAndNotes();

export const LINKS_AND_NOTES = {
  ids: built.ids,
  doc: built.doc,
  snapshot: (): BoardSnapshot => snapshotBoard(built.doc),
};
