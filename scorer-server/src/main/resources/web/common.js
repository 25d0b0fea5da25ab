// Shared by the fans' pages: element building, conditional GETs and following a match live.

/** Builds an element: el('td', {class: 'x'}, 'text', child). Text is always text, never HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

/** Replaces a node's children. */
export function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
}

const held = new Map(); // url -> {etag, body}

/**
 * GET as JSON with If-None-Match: a 304 answers the body already held, so an unchanged view costs a few bytes.
 * The browser's own cache is bypassed because the ETag is kept here. Rejects with the status on an error.
 */
export async function getJson(url) {
  const before = held.get(url);
  const headers = before ? { 'If-None-Match': before.etag } : {};
  const r = await fetch(url, { headers, cache: 'no-store' });
  if (r.status === 304 && before) return before.body;
  if (!r.ok) throw new Error(`${url} answered ${r.status}`);
  const body = await r.json();
  const etag = r.headers.get('ETag');
  if (etag) held.set(url, { etag, body });
  return body;
}

/** A strike rate or economy to one decimal, or a dash when there is nothing to divide by. */
export function rate(runs, balls, per = 100) {
  return balls > 0 ? ((runs * per) / balls).toFixed(per === 100 ? 1 : 2) : '-';
}

// "245 all out" (nine down with a batter absent hurt is all out too), "410/6d", "74/3": an innings of the scorecard
// or the live score.
export function inningsScore(inn) {
  return inn.allOut ? `${inn.runs} all out` : `${inn.runs}/${inn.wickets}${inn.declared ? 'd' : ''}`;
}

/**
 * A finished match's line in a list of results, each innings' score then the result, as its cached list carries
 * them (rendered once on the server): "Sunrisers Hyderabad 207/4 (20) · Royal Challengers Bangalore 172 all out
 * (19.4) · Sunrisers Hyderabad won by 35 runs".
 */
export function resultLine(match) {
  return el('div', { class: 'score-line', 'data-testid': 'result' }, [...match.scores, match.result].filter((part) => part).join(' · '));
}

/** "Sat 14 Jun, 14:30" in the reader's own time zone; "Wed 5 Apr 2017, 10:00" when not this year's. */
export function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  const year = date.getFullYear() === new Date().getFullYear() ? undefined : 'numeric';
  return date.toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year, hour: '2-digit', minute: '2-digit' });
}

/**
 * Follows a match: Server-Sent Events from /stream (the browser resumes a dropped stream itself, sending
 * Last-Event-ID), and while the stream is down or refused, polling /live with If-None-Match every two seconds.
 * onLive(body) is called for every newer version, once; onState(text) tells how the page is connected.
 */
export function follow(matchId, onLive, onState = () => {}) {
  let version = -1;
  let timer = null;
  let source = null;
  let failures = 0;
  const liveUrl = `/api/v1/matches/${matchId}/live`;

  const take = (live) => {
    if (live && live.version > version) {
      version = live.version;
      onLive(live);
    }
  };
  const poll = async () => {
    try {
      take(await getJson(liveUrl));
    } catch (e) {
      onState('offline, retrying');
    }
  };
  const startPolling = () => {
    if (timer === null) {
      onState('updating every 2 s');
      timer = setInterval(poll, 2000);
      poll();
    }
  };
  const stopPolling = () => {
    if (timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
  const open = () => {
    if (!('EventSource' in window)) {
      startPolling();
      return;
    }
    source = new EventSource(`/api/v1/matches/${matchId}/stream`);
    source.addEventListener('open', () => {
      failures = 0;
      stopPolling();
      onState('live');
    });
    source.addEventListener('live', (e) => take(JSON.parse(e.data)));
    source.addEventListener('error', () => {
      failures++;
      startPolling();
      // The browser retries a dropped stream on its own; one it gave up on (or that keeps failing, as behind a
      // proxy that blocks streams) is tried again later while polling carries the page.
      if (source.readyState === EventSource.CLOSED || failures >= 3) {
        source.close();
        setTimeout(open, 30000);
      }
    });
  };
  poll(); // the first paint does not wait for the stream
  open();
  return { version: () => version };
}
