/** Versioned ethics charters and their approval by compliance officers (seed §1.2). */
package io.charter.charter;
