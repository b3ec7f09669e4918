/** Arguments of `npm run match`. */
export interface MatchArgs {
  lists: string[];
  ais: string;
  out?: string;
  minNameScore?: number;
}

export const USAGE =
  'usage: npm run match -- --list <file> [--list <file> ...] --ais <file.csv> [--out <file.json>] [--min-name-score 0.85]';

export class UsageError extends Error {}

/** Reads argv; `--list` may repeat, every other option once. Throws {@link UsageError} with one line. */
export function parseMatchArgs(argv: readonly string[]): MatchArgs | 'help' {
  const lists: string[] = [];
  const single = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      i++;
    }
    if (name === 'list') lists.push(value);
    else if (name === 'ais' || name === 'out' || name === 'min-name-score') {
      if (single.has(name)) throw new UsageError(`--${name} given twice`);
      single.set(name, value);
    } else throw new UsageError(`unknown option --${name}`);
  }
  const ais = single.get('ais');
  if (lists.length === 0) throw new UsageError('give at least one --list <file>');
  if (ais === undefined) throw new UsageError('give the AIS file with --ais <file.csv>');
  const args: MatchArgs = { lists, ais };
  const out = single.get('out');
  if (out !== undefined) args.out = out;
  const score = single.get('min-name-score');
  if (score !== undefined) {
    const n = Number(score);
    if (score.trim() === '' || !(n > 0 && n <= 1)) throw new UsageError(`--min-name-score must be a number in (0, 1] (got "${score}")`);
    args.minNameScore = n;
  }
  return args;
}
