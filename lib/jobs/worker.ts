/** Placeholder until the job queue lands (issue: Models, jobs and monitoring). */
export async function startWorker(_: { log: (m: string) => void }): Promise<() => Promise<void>> {
  return async () => {};
}
