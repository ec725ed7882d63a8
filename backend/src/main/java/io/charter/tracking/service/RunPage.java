package io.charter.tracking.service;

import java.util.List;

/** A page of runs and the token of the next one (null on the last page). */
public record RunPage(List<RunView> runs, String nextPageToken) {
}
