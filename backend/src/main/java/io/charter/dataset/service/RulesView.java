package io.charter.dataset.service;

import io.charter.governance.data.validation.ValidationRule;
import java.util.List;
import java.util.UUID;

/** A dataset's validation rules; {@code version} is the dataset's, for If-Match. */
public record RulesView(UUID datasetId, List<ValidationRule> rules, long version) {
}
