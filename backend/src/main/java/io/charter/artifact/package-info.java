/** The S3 artifact store and its id-only key scheme. */
package io.charter.artifact;
