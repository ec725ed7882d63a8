/** Projects and their problem charters (seed §1.2 Phase I). */
package io.charter.project;
