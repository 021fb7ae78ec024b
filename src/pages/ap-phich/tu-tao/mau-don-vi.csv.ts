import type { APIRoute } from 'astro';
import { editionsTemplate } from '../../../kit/editions-csv';

// The manifest lists this file as routes.customiserFile(fileNames.editionsTemplate()); the build checks they agree.
export const GET: APIRoute = () =>
  new Response(editionsTemplate(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
