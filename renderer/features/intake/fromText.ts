/** The sender as one line: "Dana Whitaker <dana@x.example> · +1 312-555-0111"; null when nothing is known. */
export function fromText(from: { name: string | null; phone: string | null; email: string | null } | null): string | null {
  if (!from) return null;
  const parts: string[] = [];
  if (from.name && from.email) parts.push(`${from.name} <${from.email}>`);
  else if (from.name || from.email) parts.push((from.name ?? from.email)!);
  if (from.phone) parts.push(from.phone);
  return parts.length ? parts.join(' · ') : null;
}
