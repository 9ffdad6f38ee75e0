// Until accounts exist, a reviewer is a name the user picks, kept in a cookie.
import { createCookie } from "@remix-run/node";
import { z } from "zod";

const reviewerCookie = createCookie("claimscope_reviewer", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  maxAge: 60 * 60 * 24 * 365,
});

export const reviewerNameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name so that your verdicts are signed.")
  .max(80, "Keep the name under 80 characters.")
  .refine((s) => !/[\u0000-\u001f<>]/.test(s), "Use letters, digits, spaces and ordinary punctuation.");

export async function getReviewerName(request: Request): Promise<string | null> {
  const value = await reviewerCookie.parse(request.headers.get("Cookie"));
  const parsed = reviewerNameSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function setReviewerCookie(name: string): Promise<string> {
  return reviewerCookie.serialize(name);
}
