// schema.org ClaimReview (the markup fact-checkers publish) for every claim a reviewer has given a verdict.
import type { Verdict } from "~/pipeline/types";
import type { CorpusExport } from "./types";

/** ClaimReview ratings run worst (1) to best (3) on our three-point scale. */
const RATING: Record<Verdict, { value: number; name: string }> = {
  contradicted: { value: 1, name: "Contradicted" },
  contested: { value: 2, name: "Contested" },
  supported: { value: 3, name: "Supported" },
};

export function renderClaimReview(data: CorpusExport): string {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const reviews = data.claims
    .filter((c) => c.verdict)
    .map((c) => {
      const source = sources.get(c.sourceId);
      const rating = RATING[c.verdict!];
      const origin = source?.origin ?? "";
      return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        claimReviewed: source ? source.text.slice(c.start, c.end) : c.text,
        datePublished: (c.reviewedAt ?? data.exportedAt).slice(0, 10),
        author: { "@type": "Person", name: c.reviewer ?? "unknown" },
        reviewBody: c.note ?? undefined,
        reviewRating: {
          "@type": "Rating",
          ratingValue: rating.value,
          bestRating: 3,
          worstRating: 1,
          alternateName: rating.name,
        },
        itemReviewed: {
          "@type": "Claim",
          author: source?.author ? { "@type": "Person", name: source.author } : undefined,
          datePublished: source?.date ?? undefined,
          appearance: {
            "@type": "CreativeWork",
            name: source?.title,
            ...(/^https?:\/\//.test(origin) ? { url: origin } : {}),
          },
        },
      };
    });
  return `${JSON.stringify(reviews, null, 2)}\n`;
}
