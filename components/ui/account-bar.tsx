import { SIGN_OUT_PATH } from '@/lib/auth/auth-http';

/**
 * Who is signed in, and the way out: shown on a team server only (the layout renders it when the proxy passed a
 * signed-in name). A plain form, so that signing out works even when the page's scripts failed.
 */
export function AccountBar({ name }: { name: string }) {
  return (
    <form className="account-bar" method="post" action={SIGN_OUT_PATH} aria-label="Account">
      <span title={name}>Signed in as {name}</span>
      <button type="submit">Sign out</button>
    </form>
  );
}
