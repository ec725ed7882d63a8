package io.charter.project.domain;

/** Whether a KPI is better high ({@code MAXIMIZE}, e.g. F1) or low ({@code MINIMIZE}, e.g. RMSE). */
public enum Direction {
    MAXIMIZE, MINIMIZE
}
