// What makes a valid account, shared by the sign-up action and `claimscope user add`.
import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "./account";

export const accountSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter your name: it signs your verdicts.")
    .max(80, "Keep the name under 80 characters.")
    .refine((s) => !/[\u0000-\u001f<>]/.test(s), "Use letters, digits, spaces and ordinary punctuation."),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(1000, "Keep the password under 1,000 characters."),
});
