// What changed between two versions of a text: the common start and end kept (shortened to some
// context), the middle compared character by character when it is short, else shown as replaced.
import { el } from './core.js';

const CONTEXT = 40;
const SMALL = 400;

function common(a, b, fromEnd) {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n;
}

/** A longest common subsequence of two short arrays, as runs [{kind: same|del|ins, text}]. */
function lcs(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? table[(i + 1) * cols + j + 1] + 1
        : Math.max(table[(i + 1) * cols + j], table[i * cols + j + 1]);
    }
  }
  const runs = [];
  const add = (kind, text) => {
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.text += text; else runs.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { add('same', a[i]); i++; j++; } else if (table[(i + 1) * cols + j] >= table[i * cols + j + 1]) { add('del', a[i]); i++; } else { add('ins', b[j]); j++; }
  }
  while (i < a.length) add('del', a[i++]);
  while (j < b.length) add('ins', b[j++]);
  return runs;
}

/** The change from text a to text b, as nodes: <del> what went, <ins> what came. */
export function diff(a, b) {
  const x = [...a];
  const y = [...b];
  const start = common(x, y, false);
  const end = Math.min(common(x, y, true), Math.min(x.length, y.length) - start);
  const head = x.slice(0, start).join('');
  const tail = x.slice(x.length - end).join('');
  const gone = x.slice(start, x.length - end);
  const came = y.slice(start, y.length - end);
  const nodes = [head.length > CONTEXT ? '…' + head.slice(-CONTEXT) : head];
  const runs = gone.length <= SMALL && came.length <= SMALL
    ? lcs(gone, came)
    : [{ kind: 'del', text: gone.join('') }, { kind: 'ins', text: came.join('') }];
  runs.forEach((run) => {
    if (!run.text) return;
    if (run.kind === 'same') nodes.push(run.text);
    else nodes.push(el(run.kind, { class: 'diff' }, run.text));
  });
  nodes.push(tail.length > CONTEXT ? tail.slice(0, CONTEXT) + '…' : tail);
  return nodes;
}
