import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../../client/router';
import { parseBoardLink } from '../../../client/landing/parseBoardLink';

describe('matchRoute', () => {
  it('opens the start page at the root', () => {
    expect(matchRoute('/', '')).toEqual({ page: 'landing' });
  });

  it('opens a board with the key from the query', () => {
    expect(matchRoute('/b/abc123', '?key=k%2B1')).toEqual({ page: 'board', id: 'abc123', key: 'k+1' });
  });

  it('opens a board without a key as a board with an empty key, for the server to refuse', () => {
    expect(matchRoute('/b/abc123/', '')).toEqual({ page: 'board', id: 'abc123', key: '' });
  });

  it('names an unknown path instead of guessing', () => {
    expect(matchRoute('/boards/abc', '')).toEqual({ page: 'notFound', path: '/boards/abc' });
  });
});

describe('parseBoardLink', () => {
  it('takes a full link pasted from chat, from any host, with spaces around it', () => {
    expect(parseBoardLink('  https://okr.example.com/b/abc?key=xyz \n')).toBe('/b/abc?key=xyz');
  });

  it('takes a bare path', () => {
    expect(parseBoardLink('/b/abc?key=xyz')).toBe('/b/abc?key=xyz');
  });

  it('refuses text that is not a board link, or a board link without its key', () => {
    expect(parseBoardLink('')).toBeNull();
    expect(parseBoardLink('hello')).toBeNull();
    expect(parseBoardLink('https://okr.example.com/b/abc')).toBeNull();
    expect(parseBoardLink('https://okr.example.com/snapshots/abc?key=x')).toBeNull();
  });
});
