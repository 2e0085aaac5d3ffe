import { useState } from 'react';
import type { BoardLinks as Links } from '../../shared/protocol/api';
import type { Role } from '../../shared/protocol/roles';
import { CopyIcon } from './icons';

const ROLE_TEXT: Record<Role, { title: string; explains: string }> = {
  facilitator: {
    title: 'Facilitator',
    explains: 'Everything participants can do, plus the workshop controls. Keep this one to yourself.',
  },
  participant: {
    title: 'Participant',
    explains: 'Send to everyone in the workshop: they add, move, edit and connect notes.',
  },
  viewer: {
    title: 'Viewer',
    explains: 'Read-only. Open it on the shared screen or projector.',
  },
};

const ORDER: readonly Role[] = ['facilitator', 'participant', 'viewer'];

/** Turns a link path the server gives into the URL people paste into chat. */
export function absoluteLink(path: string): string {
  return new URL(path, window.location.origin).href;
}

/** The three capability links of a board, each with a copy button and what it is for. */
export function BoardLinks({ links }: { links: Links }) {
  return (
    <ul className="board-links" data-testid="board-links">
      {ORDER.map((role) => (
        <li key={role} className={`board-link board-link--${role}`}>
          <div className="board-link__text">
            <strong>{ROLE_TEXT[role].title}</strong>
            <span>{ROLE_TEXT[role].explains}</span>
          </div>
          <CopyField value={absoluteLink(links[role])} testId={`link-${role}`} />
        </li>
      ))}
    </ul>
  );
}

function CopyField({ value, testId }: { value: string; testId: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // No clipboard permission (plain http on a LAN address): the field is selectable.
    }
  };
  return (
    <div className="copy-field">
      <input readOnly value={value} data-testid={testId} onFocus={(event) => event.target.select()} aria-label="Link" />
      <button type="button" className="button button--quiet" onClick={copy} data-testid={`${testId}-copy`}>
        <CopyIcon />
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
