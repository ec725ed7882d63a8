/** Cross-feature plumbing: error vocabulary, paging, ETags, request ids, JSON columns. */
package io.charter.common;
