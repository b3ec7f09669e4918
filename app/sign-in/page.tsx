import type { Metadata } from 'next';
import { MAX_NAME_CHARS, SIGN_IN_PATH, safeNextPath } from '@/lib/auth/auth-http';
import styles from './sign-in.module.css';

export const metadata: Metadata = { title: 'Sign in — Route Atlas' };

type Search = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function problemOf(error: string | undefined, retry: string | undefined): string | null {
  switch (error) {
    case 'wrong':
      return 'Wrong password. Ask whoever runs this server for the team password.';
    case 'limited':
      return `Too many failed sign-ins. Try again in ${/^\d{1,6}$/.test(retry ?? '') ? retry : 'a few'} seconds.`;
    case 'name':
      return 'Type your name: saved briefings record who saved them.';
    case 'form':
      return 'The sign-in form did not arrive complete; try again.';
    default:
      return null;
  }
}

/**
 * The sign-in page of a team server (`ROUTE_ATLAS_PASSWORD` set). A plain form: the proxy (lib/auth/gate.ts) checks
 * it and answers with the session cookie, so it works before any script has loaded.
 */
export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next));
  const problem = problemOf(first(params.error), first(params.retry));
  return (
    <main className={styles.page}>
      <form className={styles.card} method="post" action={SIGN_IN_PATH} aria-labelledby="sign-in-heading">
        <h1 id="sign-in-heading">Route Atlas</h1>
        <p className={styles.lead}>This server is shared by a team. Sign in with your name and the team password.</p>
        {first(params['signed-out']) !== undefined && problem === null && (
          <p role="status" className={styles.status}>
            You are signed out.
          </p>
        )}
        {problem && (
          <p role="alert" className={styles.alert}>
            {problem}
          </p>
        )}
        <label className={styles.field}>
          Your name
          <input name="name" autoComplete="username" required maxLength={MAX_NAME_CHARS} placeholder="as colleagues know you" />
        </label>
        <label className={styles.field}>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <input type="hidden" name="next" value={next} />
        <button type="submit">Sign in</button>
        <p className={styles.note}>Saved briefings show the name you give here.</p>
      </form>
    </main>
  );
}
