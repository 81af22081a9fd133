/** Defines each element unless its tag already is: HACS and a dashboard resource can load this
 * file (and so its chunks) twice. */
export function define(elements: readonly [string, CustomElementConstructor][]): void {
  for (const [tag, element] of elements)
    if (!customElements.get(tag)) customElements.define(tag, element);
}
