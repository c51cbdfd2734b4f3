// Why a page is not cross-origin isolated, in words a person hosting it can act on. The browser
// does not say; the page asks its own server again and reads the two headers that decide it.

const REQUIRED = [
  { name: 'Cross-Origin-Opener-Policy', accepted: ['same-origin'] },
  { name: 'Cross-Origin-Embedder-Policy', accepted: ['require-corp', 'credentialless'] },
];

/** One sentence naming what keeps this page from cross-origin isolation. */
export async function isolationProblem() {
  let headers;
  try {
    headers = (await fetch(location.href, { method: 'HEAD', cache: 'no-store' })).headers;
  } catch (e) {
    return `Could not ask the server which headers it sends (${e.message}).`;
  }
  const wrong = [];
  for (const { name, accepted } of REQUIRED) {
    const sent = headers.get(name);
    if (sent === null) {
      wrong.push(`"${name}: ${accepted[0]}" is missing`);
    } else if (!accepted.includes(sent.split(';')[0].trim().toLowerCase())) {
      wrong.push(`"${name}" is "${sent}" instead of "${accepted[0]}"`);
    }
  }
  if (wrong.length) {
    return `The server's response headers are wrong: ${wrong.join(' and ')}.`;
  }
  if (window.top !== window) {
    return 'The server sends the right headers, but this page is inside a frame whose page is not cross-origin isolated.';
  }
  if (!window.isSecureContext) {
    return 'The server sends the right headers, but the page must come over HTTPS or from localhost.';
  }
  return 'The server sends the right headers, yet the browser did not isolate the page.';
}
