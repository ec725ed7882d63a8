/**
 * Gradient boosted trees and random forests with XGBoost4J, trained one round at a time for
 * per-round metrics, early stopping on the validation set and exact checkpoint/resume.
 */
package io.charter.worker.training.xgboost;
