/** What went wrong with a form or button, as a list announced when it appears (the region is always there, so it is). */
export function ProblemList({ problems }: { problems: string[] }) {
  return (
    <div role="alert" className="problem-list">
      {problems.length > 0 && (
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
