/** Length limits of a review's text, shared by the server's schema and the widgets' form (no zod needed for them). */
export const REVIEW_TITLE_MAX = 120;
export const REVIEW_BODY_MAX = 5000;
export const REVIEW_REPLY_MAX = 2000;
