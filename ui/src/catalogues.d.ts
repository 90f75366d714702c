// A Fluent catalogue parsed at build time (see ../fluent-catalogues.ts): the
// JSON of its entries.
declare module "*.ftl" {
  const entries: string;
  export default entries;
}
