// A pool worker for test pages only (startTessera({faults: true}), the page's ?faults=inject): the
// worker of every page, plus the call 'fault', which fails the next render on purpose at the first
// last-pass tile from `tile` on that this worker takes, either with an error the render reports
// ('throw') or by dying without a reply ('crash').
import { serve } from './worker-serve.js';
import { FAULT_CALL } from './worker-api.js';

/** The fault installed for the next render ({tile, kind}), and the one armed for the render running. */
let installed = null;
let armed = null;
/** The engine's index of the last pass of the plan prepared last. */
let lastPass = -1;

function failAt(tile) {
  const { kind } = armed;
  armed = null;
  throw Object.assign(new Error(`injected ${kind} at tile ${tile}`), { crash: kind === 'crash' });
}

/** A render or a transfer-mode begin arms the fault installed for it. */
function arming(call) {
  return (data) => {
    armed = installed;
    installed = null;
    return call(data);
  };
}

serve(({ calls, wrapEngine }) => ({
  calls: {
    ...calls,
    render: arming(calls.render),
    begin: arming(calls.begin),
    [FAULT_CALL]: ({ fault }) => {
      installed = fault;
      return true;
    },
  },
  wrapEngine: (loaded) => {
    const engine = wrapEngine(loaded);
    const overrides = {
      prepare: (...args) => {
        const plan = engine.prepare(...args);
        if (plan.passes) {
          lastPass = plan.passes[plan.passes.length - 1].index;
        }
        return plan;
      },
      renderTile: (pass, tile, ...batches) => {
        if (armed && pass === lastPass && tile >= armed.tile) {
          failAt(tile);
        }
        return engine.renderTile(pass, tile, ...batches);
      },
    };
    // The engine's exports may be getters, and need not be enumerable: the rest are read through.
    return new Proxy(engine, { get: (target, name) => (Object.hasOwn(overrides, name) ? overrides[name] : target[name]) });
  },
}));
