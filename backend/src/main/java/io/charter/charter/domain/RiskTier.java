package io.charter.charter.domain;

/** EU AI Act risk tiers (Regulation (EU) 2024/1689, Art. 5, 6 and 50). UNACCEPTABLE practices are prohibited. */
public enum RiskTier {
    MINIMAL, LIMITED, HIGH, UNACCEPTABLE
}
