/** Tenant and caller identity taken from the token, and Hibernate's tenant discriminator. */
package io.charter.tenancy;
