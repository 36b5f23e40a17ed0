// TEMPORARY route for testing ExportButtons before the main page includes it; delete when done.
export { load } from '../+page';
