// The old path of one saved user layer (see ../route.ts): same handlers as /api/user-layers/:id.
export { DELETE, GET } from '../../user-layers/[id]/route';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';
