/**
 * What observers saw of the moves sent inside the measured window: one latency sample
 * per move seen, and the count of moves that arrived. A move that a later one of the same
 * note overtook inside one server message (the note's x jumped by more than one) arrived
 * too, but only the newest carries a timestamp; those are counted as `coalesced`.
 */
export class DeliveryLog {
  received = 0;
  coalesced = 0;
  private readonly samples: Float64Array;
  private sampleCount = 0;

  constructor(
    private readonly window: { start: number; end: number },
    capacity: number,
  ) {
    this.samples = new Float64Array(capacity);
  }

  record(sentAt: number, seenAt: number, moves: number): void {
    if (sentAt < this.window.start || sentAt >= this.window.end) return;
    this.received += moves;
    this.coalesced += moves - 1;
    if (this.sampleCount < this.samples.length) this.samples[this.sampleCount++] = seenAt - sentAt;
  }

  sortedLatencies(): Float64Array {
    return this.samples.slice(0, this.sampleCount).sort();
  }
}
