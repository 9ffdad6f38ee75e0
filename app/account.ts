// Shared with the browser: the sign-up form says the rule the server checks (app/account.server.ts).
export const PASSWORD_MIN_LENGTH = 8;
