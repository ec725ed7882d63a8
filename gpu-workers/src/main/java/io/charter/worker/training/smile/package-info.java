/**
 * Classical algorithms with Smile 2.6.0 (LGPL-3.0, used unmodified): logistic regression,
 * linear/ridge/lasso regression, CART, SVM with Platt scaling, k-means and DBSCAN. Models are saved
 * with Java serialization, read back under an allow-list filter.
 */
package io.charter.worker.training.smile;
