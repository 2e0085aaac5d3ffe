import { describe, expect, it } from 'vitest';
import { OFFLINE_AFTER_ATTEMPTS, connectionStatus, type ConnectionFacts } from '../../../client/sync/connectionStatus';

const facts = (patch: Partial<ConnectionFacts>): ConnectionFacts => ({
  socket: 'connecting',
  everConnected: false,
  failedAttempts: 0,
  online: true,
  refused: false,
  ...patch,
});

describe('connectionStatus', () => {
  it('says connecting before the first connection and connected once the socket is open', () => {
    expect(connectionStatus(facts({}))).toBe('connecting');
    expect(connectionStatus(facts({ socket: 'connected', everConnected: true }))).toBe('connected');
  });

  it('says reconnecting when a connection that worked drops', () => {
    expect(connectionStatus(facts({ socket: 'disconnected', everConnected: true, failedAttempts: 1 }))).toBe('reconnecting');
  });

  it('says offline after several failed attempts in a row, when the browser is offline, or when the server refused us', () => {
    expect(connectionStatus(facts({ everConnected: true, failedAttempts: OFFLINE_AFTER_ATTEMPTS }))).toBe('offline');
    expect(connectionStatus(facts({ socket: 'connected', everConnected: true, online: false }))).toBe('offline');
    expect(connectionStatus(facts({ socket: 'disconnected', everConnected: true, refused: true }))).toBe('offline');
  });
});
