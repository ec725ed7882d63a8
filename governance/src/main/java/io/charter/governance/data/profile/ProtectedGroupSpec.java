package io.charter.governance.data.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A protected attribute named by the project's charter and the groups it declares, e.g. column
 * "sex" with groups "female" and "male". Every declared group is reported, with a count of zero
 * if the data has none of it: an absent group is the strongest case of under-representation.
 *
 * @param column the protected attribute's column
 * @param groups the declared groups, as values of that column (compared after trimming; for a
 *               BOOLEAN column "yes"/"no" are read as "true"/"false")
 */
public record ProtectedGroupSpec(String column, List<String> groups) {

    public ProtectedGroupSpec {
        Objects.requireNonNull(column, "column");
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("groups of protected attribute \"" + column
                    + "\" must name at least one group, but got none");
        }
        if (new HashSet<>(groups.stream().map(String::strip).toList()).size() != groups.size()) {
            throw new IllegalArgumentException("groups of protected attribute \"" + column
                    + "\" must be distinct after trimming, but got " + groups);
        }
    }
}
