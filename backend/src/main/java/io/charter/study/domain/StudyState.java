package io.charter.study.domain;

/**
 * Where a study is. RUNNING studies get new trials; STOPPED ones keep their trials and can be
 * resumed; COMPLETED ones used their budget (trials, time or a finite grid).
 */
public enum StudyState {
    RUNNING,
    STOPPED,
    COMPLETED;

    public boolean isTerminal() {
        return this == COMPLETED;
    }
}
