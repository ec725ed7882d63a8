/**
 * Tamper-evident audit trail: each tenant's events form a SHA-256 hash chain in which every
 * event's hash covers the previous event's hash and the event's canonical JSON form
 * (the construction of RFC 6962 style append-only logs, linear rather than a Merkle tree).
 */
package io.charter.governance.audit;
