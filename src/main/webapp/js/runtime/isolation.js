// Why a page is not cross-origin isolated, in words a person hosting it can act on. The browser
// does not say; the page asks its own server again and reads the two headers that decide it.

const REQUIRED = [
  { name: 'Cross-Origin-Opener-Policy', accepted: ['same-origin'] },
  { name: 'Cross-Origin-Embedder-Policy', accepted: ['require-corp', 'credentialless'] },
];

/**
 * One sentence naming what keeps a page from cross-origin isolation, from the headers its server
 * sent (a Headers object or anything with get(name)), whether it sits in a frame, and whether it
 * is a secure context.
 */
export function diagnoseIsolation(headers, { framed, secure }) {
  const wrong = [];
  for (const { name, accepted } of REQUIRED) {
    const sent = headers.get(name);
    if (sent === null || sent === undefined) {
      wrong.push(`"${name}: ${accepted[0]}" is missing`);
    } else if (!accepted.includes(sent.split(';')[0].trim().toLowerCase())) {
      wrong.push(`"${name}" is "${sent}" instead of "${accepted[0]}"`);
    }
  }
  if (wrong.length) {
    return `The server's response headers are wrong: ${wrong.join(' and ')}.`;
  }
  if (framed) {
    return 'The server sends the right headers, but this page is inside a frame whose page is not cross-origin isolated.';
  }
  if (!secure) {
    return 'The server sends the right headers, but the page must come over HTTPS or from localhost.';
  }
  return 'The server sends the right headers, yet the browser did not isolate the page.';
}

/** One sentence naming what keeps this page from cross-origin isolation; asks its server with a HEAD request. */
export async function isolationProblem() {
  let headers;
  try {
    headers = (await fetch(location.href, { method: 'HEAD', cache: 'no-store' })).headers;
  } catch (e) {
    return `Could not ask the server which headers it sends (${e.message}).`;
  }
  return diagnoseIsolation(headers, { framed: window.top !== window, secure: window.isSecureContext });
}
