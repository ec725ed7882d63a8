package io.charter.dataset.domain;

import io.charter.common.persistence.Tracked;
import io.charter.common.persistence.JsonMapConverter;
import io.charter.governance.data.ColumnType;
import io.charter.common.persistence.JsonListConverter;
import io.charter.governance.data.validation.ValidationRule;
import java.util.List;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.Map;
import java.util.UUID;

/** A dataset of a project, with its provenance (seed §1.3) and the column settings its versions share. */
@Entity
@Table(name = "dataset")
public class Dataset extends Tracked {

    @Column(name = "project_id", updatable = false)
    public UUID projectId;

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    public SourceType sourceType;

    public String origin;

    @Column(name = "collection_method")
    public String collectionMethod;

    public String licence;

    @Column(name = "known_biases")
    public String knownBiases;

    @Column(name = "contains_personal_data")
    public boolean containsPersonalData;

    public String owner;

    @Column(name = "target_column")
    public String targetColumn;

    @Convert(converter = TypeOverrides.class)
    @Column(name = "type_overrides")
    public Map<String, ColumnType> typeOverrides = Map.of();

    @Convert(converter = RuleList.class)
    @Column(name = "validation_rules")
    public List<ValidationRule> validationRules = List.of();

    public static class RuleList extends JsonListConverter<ValidationRule> {
        public RuleList() {
            super(ValidationRule.class);
        }
    }

    public static class TypeOverrides extends JsonMapConverter<ColumnType> {
        public TypeOverrides() {
            super(ColumnType.class);
        }
    }
}
