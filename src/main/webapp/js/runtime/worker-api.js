// The calls a pool worker answers, named once: worker-serve.js answers exactly these (and stops
// if one is missing), and the page's side refuses any other name before anything is sent.
export const WORKER_CALLS = Object.freeze(['init', 'prepare', 'describe', 'find', 'zoomFrame', 'render', 'hash', 'begin', 'tile']);

/** The call a test page's workers answer too (render-faults.worker.js). */
export const FAULT_CALL = 'fault';

/** What the picture decoder (picture.worker.js) answers: one call, whatever its name. */
export const DECODER_CALLS = Object.freeze(['decode']);
