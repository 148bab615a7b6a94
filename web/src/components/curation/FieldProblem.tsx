/**
 * A problem shown beside the input it is about (found by the schema as the analyst types, or
 * refused by the server on saving); the input names it in `aria-describedby`.
 */
export function FieldProblem({ id, text }: { id: string; text: string | null }) {
  return (
    <span id={id} className="field-problem">
      {text ?? ''}
    </span>
  );
}
