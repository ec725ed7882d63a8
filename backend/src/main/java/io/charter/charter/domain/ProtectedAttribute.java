package io.charter.charter.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A dataset column whose groups must be compared for fairness, e.g. {@code gender: [female, male]}. */
public record ProtectedAttribute(
        @NotBlank @Size(max = 128) @Pattern(regexp = "[^\\p{Cntrl}]+", message = "must not contain control characters")
        String column,
        @Size(min = 2, max = 50, message = "must list between 2 and 50 groups to compare")
        List<@NotBlank @Size(max = 128) String> groups) {
}
