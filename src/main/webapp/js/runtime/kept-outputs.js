// What the spare buffer still holds, so that a render can make its picture from it instead of
// running every pass. Java names what a pass's side output is a function of (`keeps`) and what the
// plan's reuse pass needs (`reuseNeeds`): a new palette over the same view finds the escape data of
// the last render in the spare and only recolours it.
export class KeptOutputs {
  constructor() {
    /** Spare buffer (an ArrayBuffer or SharedArrayBuffer) → the key of the side output it holds. */
    this.held = new WeakMap();
  }

  /** Whether `plan`'s reuse pass can make the picture alone: `buffers.spare` holds what it needs. */
  canReuse(plan, buffers) {
    return Boolean(plan.reuse && plan.reuseNeeds && buffers.spare && this.held.get(buffers.spare) === plan.reuseNeeds);
  }

  /** `passes` are about to run: whatever they write over is gone, even if they do not finish. */
  forget(passes, buffers) {
    if (buffers.spare && passes.some(writesSpare)) {
      this.held.delete(buffers.spare);
    }
  }

  /** `passes` have all finished: the spare holds the side output of the last one that wrote it, if it left one. */
  remember(passes, buffers) {
    for (const pass of passes) {
      if (!buffers.spare) {
        return;
      }
      if (pass.side === 'spare' && pass.keeps) {
        this.held.set(buffers.spare, pass.keeps);
      } else if (writesSpare(pass)) {
        this.held.delete(buffers.spare);
      }
    }
  }
}

/** Whether `pass` writes the spare, its pixels or its side output. */
function writesSpare(pass) {
  return pass.output === 'spare' || pass.side === 'spare';
}
