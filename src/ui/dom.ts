/** Building the sidebar's DOM. Text only ever goes in as text nodes, never parsed as HTML. */
type Attrs = Readonly<Record<string, string | boolean | undefined>>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: ReadonlyArray<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

/** Replaces what a node shows with plain text. */
export function setText(node: Node, text: string): void {
  node.textContent = text;
}
