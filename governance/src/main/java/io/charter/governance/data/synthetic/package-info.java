/** Synthetic data for demos, tests and benchmarks: realistic shape, known truth, controllable bias. */
package io.charter.governance.data.synthetic;
