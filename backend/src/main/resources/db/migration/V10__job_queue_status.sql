-- Kubernetes execution (issue: training as Kubernetes Jobs): why a waiting job waits (the
-- fair-share round's reason, or the Kubernetes scheduler's message for a pending pod; its place in
-- the line is counted when read, since every start moves everyone behind it),
-- how often the executor took its worker away through no fault of its own (a preemption requeues
-- the job without using up an attempt), and the time budget of one attempt.

ALTER TABLE training_job
    ADD COLUMN queue_reason        TEXT,
    ADD COLUMN preemptions         INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN max_runtime_seconds BIGINT;
