/**
 * Framework-free governance logic shared by the server, the workers and the serving runtime:
 * audit hash chain today; metrics, fairness, drift, profiling, validation, splits and
 * charter gates as the later workflow phases land. Imports no framework (checked by ArchUnit).
 */
package io.charter.governance;
