import { LINK_MEANINGS, type LinkMeaning } from '../../shared/board';

export interface LinkStyle {
  label: string;
  color: string;
  /** SVG stroke-dasharray; '' for a solid line. */
  dash: string;
  width: number;
  /** What the legend says the link means. */
  explains: string;
}

/**
 * How each derived link meaning is drawn. Cascades use the warning colour and a dash:
 * the anti-pattern should catch the eye without reading a label.
 */
export const LINK_STYLES: Record<LinkMeaning, LinkStyle> = {
  localizes: {
    label: LINK_MEANINGS.localizes.label,
    color: '#2f9e6a',
    dash: '',
    width: 2.5,
    explains: 'Objective to upper objective: the intent translated to this level.',
  },
  cascades: {
    label: LINK_MEANINGS.cascades.label,
    color: '#e5484d',
    dash: '8 6',
    width: 2.5,
    explains: "Objective made from an upper key result: localize from that KR's objective instead.",
  },
  copiesDown: {
    label: LINK_MEANINGS.copiesDown.label,
    color: '#0b7ad1',
    dash: '2 5',
    width: 2.5,
    explains: 'Key result copied down: the team is directly responsible for the upper KR.',
  },
  contributes: {
    label: LINK_MEANINGS.contributes.label,
    color: '#7c66dc',
    dash: '',
    width: 1.75,
    explains: 'Key result that moves an upper objective.',
  },
};

/** A link with an idea at either end has no meaning; it is drawn plainly. */
export const PLAIN_LINK: LinkStyle = {
  label: 'linked',
  color: '#8b8d98',
  dash: '4 4',
  width: 1.5,
  explains: 'An idea linked to a note.',
};

export function linkStyle(meaning: LinkMeaning | null): LinkStyle {
  return meaning ? LINK_STYLES[meaning] : PLAIN_LINK;
}
