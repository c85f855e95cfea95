/** Which namespaces' ListenerSets a Gateway accepts (`spec.allowedListeners.namespaces`). */
export class AllowedListeners {
  /** No ListenerSets: only the Gateway's own listeners (Gateway API's default). */
  public static none(): AllowedListeners {
    return new AllowedListeners({ from: 'None' });
  }

  /** ListenerSets of the Gateway's own namespace. */
  public static sameNamespace(): AllowedListeners {
    return new AllowedListeners({ from: 'Same' });
  }

  /**
   * ListenerSets of every namespace: anyone who can create a ListenerSet anywhere can serve a
   * hostname on the Gateway. Prefer `fromNamespaces`.
   */
  public static allNamespaces(): AllowedListeners {
    return new AllowedListeners({ from: 'All' });
  }

  /**
   * ListenerSets of the named namespaces, selected by the `kubernetes.io/metadata.name` label the
   * API server sets on every namespace.
   */
  public static fromNamespaces(names: string[]): AllowedListeners {
    if (names.length === 0 || names.some((n) => n === '')) throw new Error('AllowedListeners.fromNamespaces: name at least one namespace, none empty');
    return new AllowedListeners({
      from: 'Selector',
      selector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: [...new Set(names)].sort() }] },
    });
  }

  /** ListenerSets of the namespaces that carry all these labels (e.g. `{ 'gateway-access': 'public' }`). */
  public static fromNamespacesLabelled(labels: { [key: string]: string }): AllowedListeners {
    if (Object.keys(labels).length === 0) throw new Error('AllowedListeners.fromNamespacesLabelled: give at least one label (an empty selector selects every namespace; use allNamespaces to mean that)');
    return new AllowedListeners({ from: 'Selector', selector: { matchLabels: { ...labels } } });
  }

  /** @internal */
  public readonly _namespaces: Record<string, unknown>;

  private constructor(namespaces: Record<string, unknown>) {
    this._namespaces = namespaces;
  }
}
