/** The tenant's tamper-evident audit trail: written with every mutation, read by compliance officers. */
package io.charter.audit;
