package io.charter.dataset.service;

import io.charter.governance.data.validation.ValidationRule;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The whole rule list of a dataset, replacing the previous one. */
public record RulesCommand(@NotNull List<ValidationRule> rules) {
}
