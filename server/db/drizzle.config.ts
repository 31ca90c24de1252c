import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` reads this; the server applies the generated migrations itself at start.
export default defineConfig({
  dialect: 'sqlite',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
});
