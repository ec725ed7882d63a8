package io.charter.governance.pipeline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What one step learnt from the train rows, everything its transform needs and nothing else, as
 * JSON with the step's kind: {@code {"kind": "SCALE", "method": "STANDARD", "columns":
 * [{"column": "age", "center": 41.2, "scale": 12.5}]}}. Applying it reads only these parameters,
 * so the training worker and the serving runtime transform a row identically.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FittedImpute.class, name = "IMPUTE"),
        @JsonSubTypes.Type(value = FittedCap.class, name = "CAP"),
        @JsonSubTypes.Type(value = FittedScale.class, name = "SCALE"),
        @JsonSubTypes.Type(value = FittedOneHot.class, name = "ONE_HOT"),
        @JsonSubTypes.Type(value = FittedOrdinal.class, name = "ORDINAL"),
        @JsonSubTypes.Type(value = FittedTargetEncode.class, name = "TARGET_ENCODE"),
        @JsonSubTypes.Type(value = FittedLog.class, name = "LOG"),
        @JsonSubTypes.Type(value = FittedBoxCox.class, name = "BOX_COX"),
        @JsonSubTypes.Type(value = FittedBin.class, name = "BIN"),
        @JsonSubTypes.Type(value = FittedInteraction.class, name = "INTERACTION"),
        @JsonSubTypes.Type(value = FittedDrop.class, name = "DROP")})
public sealed interface FittedStep permits FittedImpute, FittedCap, FittedScale, FittedOneHot, FittedOrdinal,
        FittedTargetEncode, FittedLog, FittedBoxCox, FittedBin, FittedInteraction, FittedDrop {
}
