import * as z from 'zod/mini';
import { Email } from './address.ts';

/** A customer shops and sees their own orders; an admin runs the store (every `/api/admin/*` route). */
export const USER_ROLES = ['customer', 'admin'] as const;
export const UserRole = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof UserRole>;

/** The signed-in person, as `GET /api/account` answers. The password never leaves the server. */
export const Account = z.object({
  id: z.string(),
  email: z.string(),
  name: z.nullable(z.string()),
  role: UserRole,
  createdAt: z.string(),
});
export type Account = z.infer<typeof Account>;

/** `POST /api/sessions`: sign in with email and password. */
export const SignInBody = z.object({
  email: Email,
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
});
export type SignInBody = z.infer<typeof SignInBody>;

/**
 * Answer of a sign-in: an opaque bearer token (sent as `Authorization: Bearer <token>`, stored hashed
 * on the server) and when it stops working.
 */
export const AccountSession = z.object({
  token: z.string(),
  expiresAt: z.string(),
  account: Account,
});
export type AccountSession = z.infer<typeof AccountSession>;
