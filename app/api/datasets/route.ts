// The path user layers were saved under before they had a name of their own: scripts and bookmarks that use it
// keep working. Same handlers as /api/user-layers.
export { GET, POST } from '../user-layers/route';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';
