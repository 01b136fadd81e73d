-- Worker heartbeats, so a restarted worker can tell runs orphaned by a dead worker from runs still in progress.
ALTER TABLE "model_run" ADD COLUMN "workerId" TEXT;

CREATE TABLE "worker_heartbeat" (
    "id" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "worker_heartbeat_pkey" PRIMARY KEY ("id")
);
