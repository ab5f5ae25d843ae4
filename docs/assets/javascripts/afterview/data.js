/* The data the build exports for the tools (afterview/export.py): labels, fields, rules and engine tables, and
 * the templates as they arrive. The page's entry hands it over once; the engine reads it through `exported`. */
export var exported = null;

export function useData(data) {
  exported = data;
}
