import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireCorpusRole } from "~/auth.server";
import { getDb } from "~/db.server";
import { isExportFormat, renderExport, EXPORT_FORMATS } from "~/export";
import { buildCorpusExport } from "~/export/build.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { corpus, viewer } = await requireCorpusRole(request, params.slug, "viewer");
  if (!isExportFormat(params.format)) {
    throw new Response(`Unknown export format "${params.format}". Use ${EXPORT_FORMATS.join(", ")}.`, { status: 404 });
  }
  const db = await getDb();
  const { body, contentType, suffix } = renderExport(await buildCorpusExport(db, corpus, new Date(), viewer), params.format);
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${corpus.slug}${suffix}"`,
      "Cache-Control": "no-store",
    },
  });
}
