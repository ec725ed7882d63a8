/**
 * Background data jobs: the shared job state of a row, the runner that claims, runs and records
 * jobs in their tenant, and the view clients poll.
 */
package io.charter.jobs;
