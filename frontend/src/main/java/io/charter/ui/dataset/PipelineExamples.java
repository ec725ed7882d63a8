package io.charter.ui.dataset;

/** A starting point for the pipeline editor: a spec for the demo credit-scoring dataset. */
final class PipelineExamples {

    static final String CREDIT = """
            {
              "version": 1,
              "steps": [
                {"kind": "DROP", "columns": ["applicant_id", "application_date"]},
                {"kind": "IMPUTE", "columns": ["income", "existing_debt"], "strategy": "MEDIAN", "addIndicator": true},
                {"kind": "CAP", "columns": ["income", "loan_amount"], "method": "PERCENTILE", "lower": 0.01, "upper": 0.99},
                {"kind": "LOG", "columns": ["income", "loan_amount"]},
                {"kind": "SCALE", "columns": ["age", "income", "loan_amount", "credit_history_years", "existing_debt"],
                 "method": "STANDARD"},
                {"kind": "ONE_HOT", "columns": ["region", "employment"], "handleUnknown": "IGNORE"},
                {"kind": "INTERACTION", "pairs": [["income", "credit_history_years"]]}
              ]
            }""";

    private PipelineExamples() {
    }
}
